import type { CourseQuiz } from '@site/src/lib/gradebook/courseQuizzes';

let loading: Promise<readonly CourseQuiz[]> | null = null;

/**
 * The course's quizzes (keys and versions) for re-scoring, from the module the content-validation
 * plugin generates. A dynamic import: the data is its own chunk, fetched by the gradebook only,
 * once, when the first files are imported. A failed fetch (offline, before the chunk was cached)
 * may be tried again.
 */
export function loadCourseQuizzes(): Promise<readonly CourseQuiz[]> {
  loading ??= import('@generated/silicon-statecraft-content-validation/default/course-quizzes.json').then(
    (module) => module.default,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
