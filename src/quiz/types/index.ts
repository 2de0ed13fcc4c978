/**
 * Registry of the question types' pure models (scoring, empty answers, CSV cells, item
 * analysis). Everything outside a type's own folder reaches a type through `modelOf`, so no
 * other file switches on the type name, and the compiler fails when a type lacks a model or a
 * model lacks a part.
 */
import type { Answer } from '../attempt';
import type { QuestionModel } from '../questionModel';
import type { Question, QuestionType } from '../schema';
import { matching } from './matching/model';
import { multipleChoice } from './multiple/model';
import { ordering } from './ordering/model';
import { shortAnswer } from './short-answer/model';
import { singleChoice } from './single/model';
import { trueFalse } from './true-false/model';

export const QUESTION_MODELS = {
  [singleChoice.type]: singleChoice,
  [multipleChoice.type]: multipleChoice,
  [trueFalse.type]: trueFalse,
  [ordering.type]: ordering,
  [matching.type]: matching,
  [shortAnswer.type]: shortAnswer,
} satisfies { readonly [K in QuestionType]: QuestionModel<K> };

/**
 * The model of any question type, with its parts widened to any question and answer. Callers
 * pass a question with an answer of the same type (`scoreQuestion` checks that first).
 */
export interface AnyQuestionModel {
  readonly type: QuestionType;
  emptyAnswer(question: Question): Answer;
  initialAnswer(question: Question, seed: string): Answer;
  isAnswered(answer: Answer): boolean;
  credit(question: Question, answer: Answer): number;
  answerCell(answer: Answer): string;
  wrongChoices(responses: readonly { readonly answer: Answer; readonly correct: boolean }[]): readonly string[] | null;
}

export function modelOf(type: QuestionType): AnyQuestionModel {
  // Safe: each model's parts take the question and answer of its own type, which the callers
  // guarantee; TypeScript cannot follow that correlation through an index.
  return QUESTION_MODELS[type] as unknown as AnyQuestionModel;
}
