import type { QuestionExporters } from '../../export/questionExporters';
import { setScore } from '../../export/qti';
import { giftChoices, moodleChoices, optionsFromGift, qtiChoices } from '../choiceExport';

export const singleChoiceExporters: QuestionExporters<'single'> = {
  type: 'single',
  moodle: (question) => ({
    qtype: 'multichoice',
    elements: moodleChoices(question.options, true, (option) => (option.correct ? 100 : 0)),
    extraFeedback: [],
    notes: [],
  }),
  gift: (question) => ({ carried: true, answers: giftChoices(question.options, (option) => (option.correct ? '=' : '~')), notes: [] }),
  // One "=" and no weights; gift-pegjs reads an all-"=" list as a short answer, never as this.
  readsGift: (gift) => gift.type === 'MC' && gift.choices.every((choice) => choice.weight === null) && gift.choices.filter((choice) => choice.isCorrect).length === 1,
  fromGift: (gift) => ({ type: 'single', options: optionsFromGift(gift, (_weight, isCorrect) => isCorrect) }),
  qti(question) {
    const { presentation, explanations, feedback } = qtiChoices(question.options, 'Single');
    const right = question.options.find((option) => option.correct)!;
    return {
      canvasType: 'multiple_choice_question',
      presentation,
      conditions: `${explanations}<respcondition continue="No"><conditionvar><varequal respident="response1">${right.id}</varequal></conditionvar>${setScore(100)}</respcondition>`,
      feedback,
      notes: [],
    };
  },
};
