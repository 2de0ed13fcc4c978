/**
 * What each question type tells the build-time assessment lint (`lint.ts`): the texts of its
 * right and wrong answers (for the give-away-hint, repeated-distractor and near-duplicate
 * checks) and any problems of its own. Build time only.
 */
import type { QuestionOf, QuestionType } from './schema';

export interface AnswerTexts {
  /** What a right answer says (the correct options, the accepted answers). */
  readonly right: readonly string[];
  /** What the wrong answers say (the distractors); empty when the type has none. */
  readonly wrong: readonly string[];
}

export interface QuestionLint<K extends QuestionType> {
  readonly type: K;
  answerTexts(question: QuestionOf<K>): AnswerTexts;
  /** Problems that make the question measure test-taking rather than understanding. */
  problems(question: QuestionOf<K>): readonly string[];
  /** Cues a test-wise learner could use, counted per module by the balance warnings. */
  cues(question: QuestionOf<K>): Cues;
}

export interface Cues {
  /** For one-right-answer choice questions: whether the right option is the longest. */
  readonly isRightLongest?: boolean;
  /** For true/false statements: the right answer. */
  readonly answer?: boolean;
}
