/**
 * Export parts the two choice types share (single and multiple): Moodle's multichoice answers,
 * GIFT choices, QTI labels, and the options read back from GIFT.
 */
import type { ChoiceOption } from '../schema/common';
import { escapeGift, giftFeedback } from '../export/gift';
import { idFromText } from '../export/ids';
import { moodleAnswer } from '../export/moodle';
import { feedbackCondition, itemFeedback, responseLabel } from '../export/qti';
import type { GiftQuestion } from '../export/questionExporters';

/** Moodle's multichoice elements; `fraction` is the share of the grade each option carries. */
export function moodleChoices(options: readonly ChoiceOption[], isSingle: boolean, fraction: (option: ChoiceOption) => number): string {
  return [
    `<single>${isSingle}</single>`,
    '<shuffleanswers>true</shuffleanswers>',
    '<answernumbering>abc</answernumbering>',
    '<showstandardinstruction>0</showstandardinstruction>',
    ...options.map((option) => moodleAnswer(fraction(option), option.text, option.explanation)),
  ].join('');
}

/** GIFT choices, one a line; `mark` is `=`, `~` or `~%50%`. */
export function giftChoices(options: readonly ChoiceOption[], mark: (option: ChoiceOption) => string): string {
  return options.map((option) => `\n${mark(option)}${escapeGift(option.text)}${giftFeedback(option.explanation)}`).join('') + '\n';
}

/** `render_choice` of the options and their explanations' feedback, for QTI. */
export function qtiChoices(options: readonly ChoiceOption[], cardinality: 'Single' | 'Multiple') {
  return {
    presentation: `<response_lid ident="response1" rcardinality="${cardinality}"><render_choice>${options
      .map((option) => responseLabel(option.id, option.text))
      .join('')}</render_choice></response_lid>`,
    explanations: options.map((option) => feedbackCondition('response1', option.id, option.explanation)).join(''),
    feedback: options.map((option) => itemFeedback(option.id, option.explanation)).join(''),
  };
}

/** Options from a GIFT multiple-choice question; `isRight` says which are correct. */
export function optionsFromGift(gift: GiftQuestion, isRight: (weight: number | null, isCorrect: boolean) => boolean): ChoiceOption[] {
  if (gift.type !== 'MC') return [];
  const taken = new Set<string>();
  return gift.choices.map((choice) => ({
    id: idFromText(choice.text.text, taken),
    text: choice.text.text,
    ...(isRight(choice.weight, choice.isCorrect) ? { correct: true } : {}),
    ...(choice.feedback?.text ? { explanation: choice.feedback.text } : {}),
  }));
}
