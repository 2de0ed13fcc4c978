import { escapeGift } from '../../export/gift';
import { moodleAnswer } from '../../export/moodle';
import type { QuestionExporters } from '../../export/questionExporters';
import { feedbackCondition, itemFeedback, responseLabel, setScore } from '../../export/qti';

const giftText = (text: string | undefined) => (text ? escapeGift(text) : '');

export const trueFalseExporters: QuestionExporters<'true-false'> = {
  type: 'true-false',
  moodle: (question) => ({
    qtype: 'truefalse',
    elements:
      moodleAnswer(question.answer ? 100 : 0, 'true', question.explanations?.true) +
      moodleAnswer(question.answer ? 0 : 100, 'false', question.explanations?.false),
    extraFeedback: [],
    notes: [],
  }),
  // Moodle's GIFT: {TRUE#feedback when wrong#feedback when right}.
  gift(question) {
    const explanations = question.explanations;
    const wrong = explanations ? `#${giftText(question.answer ? explanations.false : explanations.true)}` : '';
    const right = explanations ? `#${giftText(question.answer ? explanations.true : explanations.false)}` : '';
    return { carried: true, answers: `${question.answer ? 'TRUE' : 'FALSE'}${wrong}${right}`, notes: [] };
  },
  readsGift: (gift) => gift.type === 'TF',
  fromGift(gift) {
    if (gift.type !== 'TF') throw new Error('not a true-false question');
    // gift-pegjs calls the two feedbacks true/false; Moodle reads them as "when wrong" and "when right".
    const whenWrong = gift.trueFeedback?.text;
    const whenRight = gift.falseFeedback?.text;
    const explanations =
      whenWrong || whenRight
        ? gift.isTrue
          ? { true: whenRight!, false: whenWrong! }
          : { true: whenWrong!, false: whenRight! }
        : undefined;
    return { type: 'true-false', answer: gift.isTrue, ...(explanations ? { explanations } : {}) };
  },
  qti: (question) => ({
    canvasType: 'true_false_question',
    presentation: `<response_lid ident="response1" rcardinality="Single"><render_choice>${responseLabel('true', 'True')}${responseLabel('false', 'False')}</render_choice></response_lid>`,
    conditions:
      feedbackCondition('response1', 'true', question.explanations?.true) +
      feedbackCondition('response1', 'false', question.explanations?.false) +
      `<respcondition continue="No"><conditionvar><varequal respident="response1">${question.answer}</varequal></conditionvar>${setScore(100)}</respcondition>`,
    feedback: itemFeedback('true', question.explanations?.true) + itemFeedback('false', question.explanations?.false),
    notes: [],
  }),
};
