/** Modules the build generates in `.docusaurus/` (the `@generated` alias), with their types. */
declare module '@generated/silicon-statecraft-content-validation/default/course-quizzes.json' {
  import type { CourseQuiz } from '@site/src/lib/gradebook/courseQuizzes';

  const courseQuizzes: readonly CourseQuiz[];
  export default courseQuizzes;
}
