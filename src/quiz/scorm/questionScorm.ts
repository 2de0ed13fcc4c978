/**
 * What every question type provides to the SCORM 1.2 runtime (in the browser, in LMS packages
 * only): how an answer is reported as a `cmi.interactions.n` entry, and how it is kept in
 * `cmi.suspend_data` so that a relaunch restores it. Reached through `types/scorm.ts`.
 */
import type { AnswerOf } from '../attempt';
import type { QuestionOf, QuestionType } from '../schema';

/** SCORM 1.2's interaction types (RTE 3.4.2.7.2) that the course's questions map to. */
export type InteractionType = 'true-false' | 'choice' | 'fill-in' | 'numeric' | 'matching' | 'sequencing';

export interface QuestionScorm<K extends QuestionType> {
  readonly type: K;
  interactionType(question: QuestionOf<K>): InteractionType;
  /** `cmi.interactions.n.correct_responses.m.pattern`: each right response, in the interaction type's format. */
  correctPatterns(question: QuestionOf<K>): readonly string[];
  /**
   * `cmi.interactions.n.student_response` in the format of the interaction type, or null when the
   * answer cannot be written in it (a numeric answer that is not a number).
   */
  response(question: QuestionOf<K>, answer: AnswerOf<K>): string | null;
  /**
   * The answer in a few ASCII characters for the suspend data. The result never contains
   * `,` `:` `;` `|` `=`, which the suspend data uses as separators.
   */
  encode(question: QuestionOf<K>, answer: AnswerOf<K>): string;
  /** The answer back from `encode`'s text; unknown codes are dropped, never guessed. */
  decode(question: QuestionOf<K>, text: string): AnswerOf<K>;
}
