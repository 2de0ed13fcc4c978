/**
 * The course's own quizzes, as the gradebook re-scores with them: each with its content hash (the
 * version of the quiz that learners attempt now). The content-validation plugin writes them at
 * build time to a generated JSON module that only the gradebook imports, on demand.
 */
// Relative imports: the content-validation plugin loads this module at build time.
import { quizContentHash } from '../../quiz/contentHash';
import type { Quiz } from '../../quiz/schema';

export interface CourseQuiz {
  /** `quizContentHash` of the whole quiz, as the quiz component records it in attempts. */
  readonly contentHash: string;
  /** The quiz without what only learners read (explanations, hints, sources). */
  readonly quiz: Quiz;
}

/** Feedback for learners: optional everywhere, never needed to score. Left out to keep the file small. */
const LEARNER_FEEDBACK = new Set(['explanation', 'explanations', 'hint', 'source']);

function withoutFeedback(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutFeedback);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => !LEARNER_FEEDBACK.has(key)).map(([key, inner]) => [key, withoutFeedback(inner)]),
  );
}

/** Pure: what the plugin writes, from the validated quizzes. */
export function courseQuizzesOf(quizzes: readonly Quiz[]): CourseQuiz[] {
  return quizzes.map((quiz) => ({ contentHash: quizContentHash(quiz), quiz: withoutFeedback(quiz) as Quiz }));
}

/** Quizzes by id, for look-ups that must not find Object.prototype's names. */
export function courseQuizMap(quizzes: readonly CourseQuiz[]): ReadonlyMap<string, CourseQuiz> {
  return new Map(quizzes.map((entry) => [entry.quiz.id, entry]));
}
