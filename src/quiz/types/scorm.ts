/**
 * Registry of the question types' SCORM parts (in the browser, in LMS packages only): how an
 * answer becomes a `cmi.interactions.n` entry and a few characters of the suspend data.
 */
import type { Answer } from '../attempt';
import type { InteractionType, QuestionScorm } from '../scorm/questionScorm';
import type { Question, QuestionType } from '../schema';
import { matchingScorm } from './matching/scorm';
import { multipleChoiceScorm } from './multiple/scorm';
import { orderingScorm } from './ordering/scorm';
import { shortAnswerScorm } from './short-answer/scorm';
import { singleChoiceScorm } from './single/scorm';
import { trueFalseScorm } from './true-false/scorm';

export const QUESTION_SCORM = {
  [singleChoiceScorm.type]: singleChoiceScorm,
  [multipleChoiceScorm.type]: multipleChoiceScorm,
  [trueFalseScorm.type]: trueFalseScorm,
  [orderingScorm.type]: orderingScorm,
  [matchingScorm.type]: matchingScorm,
  [shortAnswerScorm.type]: shortAnswerScorm,
} satisfies { readonly [K in QuestionType]: QuestionScorm<K> };

export interface AnyQuestionScorm {
  readonly type: QuestionType;
  interactionType(question: Question): InteractionType;
  correctPatterns(question: Question): readonly string[];
  response(question: Question, answer: Answer): string | null;
  encode(question: Question, answer: Answer): string;
  decode(question: Question, text: string): Answer;
}

export function scormOf(type: QuestionType): AnyQuestionScorm {
  // Safe for the same reason as `modelOf`: question and answer always share a type.
  return QUESTION_SCORM[type] as unknown as AnyQuestionScorm;
}
