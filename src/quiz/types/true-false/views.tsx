import { translate } from '@docusaurus/Translate';
import ChoiceList from '../ChoiceList';
import { ReviewList, Row, correctAnswerLabel, noAnswer, yourAnswerLabel } from '../ReviewRows';
import type { QuestionViews } from '../views';

export function trueFalseLabel(value: boolean): string {
  return value
    ? translate({ id: 'quiz.trueFalse.true', message: 'True' })
    : translate({ id: 'quiz.trueFalse.false', message: 'False' });
}

export const trueFalseViews: QuestionViews<'true-false'> = {
  type: 'true-false',
  Input: ({ answer, onAnswer, name }) => (
    <ChoiceList
      kind="radio"
      name={name}
      choices={[true, false].map((value) => ({ value: String(value), label: trueFalseLabel(value), isChecked: answer.value === value }))}
      onChange={(value) => onAnswer({ type: 'true-false', value: value === 'true' })}
    />
  ),
  Review: ({ question, answer }) => (
    <ReviewList>
      <Row label={yourAnswerLabel}>
        {answer.value === null ? noAnswer : trueFalseLabel(answer.value)}
        {answer.value !== null && question.explanations && ` — ${question.explanations[answer.value ? 'true' : 'false']}`}
      </Row>
      <Row label={correctAnswerLabel}>{trueFalseLabel(question.answer)}</Row>
    </ReviewList>
  ),
  explainChoices: (question, answer) =>
    answer.value === null || !question.explanations
      ? []
      : [{ id: String(answer.value), label: trueFalseLabel(answer.value), text: question.explanations[answer.value ? 'true' : 'false'] }],
};
