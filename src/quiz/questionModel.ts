/**
 * What every question type must provide to the rest of the course, as pure functions (no React,
 * no zod): the quiz, the results CSV and item analysis call these through the registry
 * (`types/index.ts`) and never switch on a type themselves.
 */
import type { AnswerOf } from './attempt';
import type { QuestionOf, QuestionType } from './schema';

/** How item analysis labels a question left unanswered. */
export const NO_ANSWER = '(no answer)';

/** One learner's answer to a question, as item analysis sees it. */
export interface Response<K extends QuestionType> {
  readonly answer: AnswerOf<K>;
  readonly correct: boolean;
}

export interface QuestionModel<K extends QuestionType> {
  readonly type: K;
  /** The answer of a learner who has not answered (what an unanswered question is scored as). */
  emptyAnswer(question: QuestionOf<K>): AnswerOf<K>;
  /**
   * The answer a fresh attempt starts with. Mostly the empty answer; an ordering question starts
   * in a seeded order that is never the correct one. The seed is the same on server and client.
   */
  initialAnswer(question: QuestionOf<K>, seed: string): AnswerOf<K>;
  /** Whether the learner has given any answer at all. */
  isAnswered(answer: AnswerOf<K>): boolean;
  /** Share of full marks the answer earns, 0–1. */
  credit(question: QuestionOf<K>, answer: AnswerOf<K>): number;
  /** The answer as one readable cell of the results CSV. */
  answerCell(answer: AnswerOf<K>): string;
  /**
   * Item analysis: every wrong choice the responses picked (one entry per pick), or null for a
   * type without choices to count.
   */
  wrongChoices(responses: readonly Response<K>[]): readonly string[] | null;
}
