import { formatPercent } from '../../export/markup';
import type { QuestionExporters } from '../../export/questionExporters';
import { setScore } from '../../export/qti';
import { giftChoices, moodleChoices, optionsFromGift, qtiChoices } from '../choiceExport';

/**
 * Each right option is worth 100 % ÷ the number of right options and each wrong one takes the same
 * away: Moodle adds the weights of what was chosen and keeps the sum between 0 and 100 %, which is
 * the course's own rule for "choose all that apply".
 */
function weight(rightCount: number, isRight: boolean): number {
  return (isRight ? 100 : -100) / rightCount;
}

export const multipleChoiceExporters: QuestionExporters<'multiple'> = {
  type: 'multiple',
  moodle(question) {
    const rightCount = question.options.filter((option) => option.correct).length;
    return {
      qtype: 'multichoice',
      elements: moodleChoices(question.options, false, (option) => weight(rightCount, option.correct === true)),
      extraFeedback: [],
      notes: [],
    };
  },
  gift(question) {
    const rightCount = question.options.filter((option) => option.correct).length;
    return {
      carried: true,
      answers: giftChoices(question.options, (option) => `~%${formatPercent(weight(rightCount, option.correct === true))}%`),
      notes: [],
    };
  },
  readsGift: (gift) => gift.type === 'MC' && gift.choices.some((choice) => choice.weight !== null),
  fromGift: (gift) => ({ type: 'multiple', options: optionsFromGift(gift, (weight, isCorrect) => isCorrect || (weight ?? 0) > 0) }),
  qti(question) {
    const { presentation, explanations, feedback } = qtiChoices(question.options, 'Multiple');
    const all = question.options
      .map((option) =>
        option.correct
          ? `<varequal respident="response1">${option.id}</varequal>`
          : `<not><varequal respident="response1">${option.id}</varequal></not>`,
      )
      .join('');
    return {
      canvasType: 'multiple_answers_question',
      presentation,
      conditions: `${explanations}<respcondition continue="No"><conditionvar><and>${all}</and></conditionvar>${setScore(100)}</respcondition>`,
      feedback,
      notes: ['Canvas gives its own partial credit for "multiple answers" questions, which can differ from the course\'s rule (right minus wrong choices).'],
    };
  },
};
