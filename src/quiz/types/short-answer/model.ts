import type { QuestionOf } from '../../schema';
import type { QuestionModel } from '../../questionModel';
import { normaliseAnswerText, parseNumber } from './text';

function isRight(question: QuestionOf<'short-answer'>, text: string): boolean {
  const given = normaliseAnswerText(text);
  if (given !== '' && question.accept?.some((accepted) => normaliseAnswerText(accepted) === given)) return true;
  if (question.number) {
    const value = parseNumber(text, question.unit);
    // A small epsilon so that 0.1 + 0.2 style representation errors never cost a point.
    const tolerance = (question.number.tolerance ?? 0) + 1e-9;
    if (value !== null && Math.abs(value - question.number.value) <= tolerance) return true;
  }
  return false;
}

export const shortAnswer: QuestionModel<'short-answer'> = {
  type: 'short-answer',
  emptyAnswer: () => ({ type: 'short-answer', text: '' }),
  initialAnswer: () => ({ type: 'short-answer', text: '' }),
  isAnswered: (answer) => answer.text.trim() !== '',
  credit: (question, answer) => (isRight(question, answer.text) ? 1 : 0),
  answerCell: (answer) => answer.text,
  wrongChoices: () => null,
};
