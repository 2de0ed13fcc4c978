import { escapeGift, giftNumber } from '../../export/gift';
import { escapeXml } from '../../export/markup';
import { moodleAnswer } from '../../export/moodle';
import type { NumericalFormat } from 'gift-pegjs';
import type { QuestionExporters } from '../../export/questionExporters';
import { setScore } from '../../export/qti';
import type { QuestionOf } from '../../schema';

type ShortAnswer = QuestionOf<'short-answer'>;

const LENIENCY_NOTE =
  'LMSs compare typed answers ignoring case only; the course also ignores spacing, punctuation and accents, so list the variants you accept';

/** The accepted texts, with a numeric answer's value as one more text when both are given. */
function acceptedTexts(question: ShortAnswer): string[] {
  return [...(question.accept ?? []), ...(question.number ? [giftNumber(question.number.value)] : [])];
}

function moodleNumerical(question: ShortAnswer & { number: NonNullable<ShortAnswer['number']> }): string {
  const units = question.unit
    ? `<units><unit><multiplier>1</multiplier><unit_name>${escapeXml(question.unit)}</unit_name></unit></units>`
    : '';
  // showunits 0 with a unit: "units are optional" (the learner may type it or leave it out).
  return (
    moodleAnswer(100, giftNumber(question.number.value), undefined, `<tolerance>${question.number.tolerance ?? 0}</tolerance>`) +
    units +
    `<unitgradingtype>0</unitgradingtype><unitpenalty>0.1</unitpenalty><showunits>${question.unit ? 0 : 3}</showunits><unitsleft>0</unitsleft>`
  );
}

function numberFromGift(format: NumericalFormat): { value: number; tolerance?: number } {
  switch (format.type) {
    case 'range':
      return { value: format.number!, tolerance: format.range! };
    case 'high-low':
      return { value: (format.numberHigh! + format.numberLow!) / 2, tolerance: (format.numberHigh! - format.numberLow!) / 2 };
    default:
      return { value: format.number! };
  }
}

export const shortAnswerExporters: QuestionExporters<'short-answer'> = {
  type: 'short-answer',
  moodle(question) {
    if (question.number && !question.accept) return { qtype: 'numerical', elements: moodleNumerical({ ...question, number: question.number }), extraFeedback: [], notes: [] };
    return {
      qtype: 'shortanswer',
      elements: '<usecase>0</usecase>' + acceptedTexts(question).map((text) => moodleAnswer(100, text)).join(''),
      extraFeedback: [],
      notes: [LENIENCY_NOTE, ...(question.number ? ['the numeric answer is accepted as typed text only, without its tolerance'] : [])],
    };
  },
  gift(question) {
    if (question.number && question.accept) {
      return { carried: false, reason: 'GIFT cannot accept both texts and a number in one question' };
    }
    if (question.number) {
      const tolerance = question.number.tolerance ? `:${giftNumber(question.number.tolerance)}` : '';
      return {
        carried: true,
        answers: `#${giftNumber(question.number.value)}${tolerance}`,
        notes: question.unit ? [`the unit "${question.unit}" (GIFT numerical answers have no units)`] : [],
      };
    }
    return { carried: true, answers: (question.accept ?? []).map((text) => `=${escapeGift(text)}`).join(' '), notes: [LENIENCY_NOTE] };
  },
  readsGift: (gift) => gift.type === 'Short' || gift.type === 'Numerical',
  fromGift(gift) {
    if (gift.type === 'Numerical') {
      const choices = Array.isArray(gift.choices) ? gift.choices : [{ isCorrect: true, weight: null, text: gift.choices, feedback: null }];
      const right = choices.find((choice) => choice.isCorrect) ?? choices[0]!;
      return { type: 'short-answer', number: numberFromGift(right.text) };
    }
    if (gift.type !== 'Short') throw new Error('not a short-answer question');
    return { type: 'short-answer', accept: gift.choices.filter((choice) => choice.isCorrect || choice.weight === 100).map((choice) => choice.text.text) };
  },
  qti(question) {
    if (question.number && !question.accept) {
      const { value, tolerance = 0 } = question.number;
      const range = tolerance > 0 ? `<and><vargte respident="response1">${value - tolerance}</vargte><varlte respident="response1">${value + tolerance}</varlte></and>` : '';
      return {
        canvasType: 'numerical_question',
        presentation: '<response_str ident="response1" rcardinality="Single"><render_fib fibtype="Decimal"><response_label ident="answer1"/></render_fib></response_str>',
        conditions: `<respcondition continue="No"><conditionvar><or><varequal respident="response1">${value}</varequal>${range}</or></conditionvar>${setScore(100)}</respcondition>`,
        feedback: '',
        notes: question.unit ? [`the unit "${question.unit}" (Canvas numerical answers are numbers only)`] : [],
      };
    }
    return {
      canvasType: 'short_answer_question',
      presentation: '<response_str ident="response1" rcardinality="Single"><render_fib><response_label ident="answer1" rshuffle="No"/></render_fib></response_str>',
      conditions: `<respcondition continue="No"><conditionvar>${acceptedTexts(question)
        .map((text) => `<varequal respident="response1">${escapeXml(text)}</varequal>`)
        .join('')}</conditionvar>${setScore(100)}</respcondition>`,
      feedback: '',
      notes: [LENIENCY_NOTE, ...(question.number ? ['the numeric answer is accepted as typed text only, without its tolerance'] : [])],
    };
  },
};
