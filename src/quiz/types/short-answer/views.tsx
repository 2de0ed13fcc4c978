import { ReviewList, Row, correctAnswerLabel, noAnswer, yourAnswerLabel } from '../ReviewRows';
import type { QuestionViews } from '../views';
import ShortAnswerInput from './Input';

export const shortAnswerViews: QuestionViews<'short-answer'> = {
  type: 'short-answer',
  Input: ShortAnswerInput,
  Review({ question, answer }) {
    const text = answer.text.trim();
    const number = question.number
      ? `${question.number.value}${question.number.tolerance ? ` ± ${question.number.tolerance}` : ''}${question.unit ? ` ${question.unit}` : ''}`
      : null;
    const accepted = [...(question.accept ?? []), ...(number ? [number] : [])];
    return (
      <ReviewList>
        <Row label={yourAnswerLabel}>{text === '' ? noAnswer : text}</Row>
        <Row label={correctAnswerLabel}>{accepted.join(' / ')}</Row>
      </ReviewList>
    );
  },
  explainChoices: () => [],
};
