/**
 * Registry of the question types' lint parts (build time only), checked against `QuestionType`
 * like the other registries.
 */
import type { Question, QuestionType } from '../schema';
import type { AnswerTexts, Cues, QuestionLint } from '../questionLint';
import { matchingLint } from './matching/lint';
import { multipleChoiceLint } from './multiple/lint';
import { orderingLint } from './ordering/lint';
import { shortAnswerLint } from './short-answer/lint';
import { singleChoiceLint } from './single/lint';
import { trueFalseLint } from './true-false/lint';

export const QUESTION_LINTS = {
  [singleChoiceLint.type]: singleChoiceLint,
  [multipleChoiceLint.type]: multipleChoiceLint,
  [trueFalseLint.type]: trueFalseLint,
  [orderingLint.type]: orderingLint,
  [matchingLint.type]: matchingLint,
  [shortAnswerLint.type]: shortAnswerLint,
} satisfies { readonly [K in QuestionType]: QuestionLint<K> };

export function answerTextsOf(question: Question): AnswerTexts {
  return (QUESTION_LINTS[question.type] as unknown as QuestionLint<QuestionType>).answerTexts(question as never);
}

export function typeProblemsOf(question: Question): readonly string[] {
  return (QUESTION_LINTS[question.type] as unknown as QuestionLint<QuestionType>).problems(question as never);
}

export function cuesOf(question: Question): Cues {
  return (QUESTION_LINTS[question.type] as unknown as QuestionLint<QuestionType>).cues(question as never);
}
