/**
 * How an answer becomes an FSRS rating. The course never asks learners to grade themselves
 * except for "Easy": the rating follows from what happened.
 *
 * - wrong (or only partly right)                      → again
 * - right, but only after a Check that showed it wrong,
 *   after opening the hint, or on a retry of a quiz whose
 *   previous attempt had it wrong                      → hard
 * - right                                              → good
 * - right, and the learner marks it easy (Review page) → easy
 */
export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof RATINGS)[number];

export interface AnswerOutcome {
  /** Full marks. */
  readonly isCorrect: boolean;
  /** Right only with help: a Check that showed it wrong, the hint, or a retry. */
  readonly isHelped: boolean;
}

export function ratingOf({ isCorrect, isHelped }: AnswerOutcome): ReviewRating {
  if (!isCorrect) return 'again';
  return isHelped ? 'hard' : 'good';
}

/** "Easy" is offered only for an answer that was right without help. */
export function canMarkEasy(outcome: AnswerOutcome): boolean {
  return ratingOf(outcome) === 'good';
}
