/**
 * Registry of the question types' exporters (build time only: the question-bank files and the
 * GIFT import). Checked by the compiler against `QuestionType` like the other registries.
 */
import type { FromGift, GiftParts, GiftQuestion, MoodleParts, QtiParts, QuestionExporters } from '../export/questionExporters';
import type { Question, QuestionType } from '../schema';
import { matchingExporters } from './matching/export';
import { multipleChoiceExporters } from './multiple/export';
import { orderingExporters } from './ordering/export';
import { shortAnswerExporters } from './short-answer/export';
import { singleChoiceExporters } from './single/export';
import { trueFalseExporters } from './true-false/export';

export const QUESTION_EXPORTERS = {
  [singleChoiceExporters.type]: singleChoiceExporters,
  [multipleChoiceExporters.type]: multipleChoiceExporters,
  [trueFalseExporters.type]: trueFalseExporters,
  [orderingExporters.type]: orderingExporters,
  [matchingExporters.type]: matchingExporters,
  [shortAnswerExporters.type]: shortAnswerExporters,
} satisfies { readonly [K in QuestionType]: QuestionExporters<K> };

/** A type's exporters widened to any question of that type. */
export interface AnyQuestionExporters {
  readonly type: QuestionType;
  moodle(question: Question): MoodleParts;
  gift(question: Question): GiftParts;
  readsGift(gift: GiftQuestion): boolean;
  fromGift(gift: GiftQuestion): FromGift<QuestionType>;
  qti(question: Question): QtiParts | { readonly carried: false; readonly reason: string };
}

export function exportersOf(type: QuestionType): AnyQuestionExporters {
  // Safe for the same reason as `modelOf`: callers pass a question of the exporters' own type.
  return QUESTION_EXPORTERS[type] as unknown as AnyQuestionExporters;
}

/** The exporters of the first type that reads a parsed GIFT question, or undefined. */
export function giftReaderOf(gift: GiftQuestion): AnyQuestionExporters | undefined {
  return (Object.values(QUESTION_EXPORTERS) as unknown as AnyQuestionExporters[]).find((exporters) => exporters.readsGift(gift));
}
