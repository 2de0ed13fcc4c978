import { ItemExplanation, ReviewList, Row, correctAnswerLabel, yourAnswerLabel } from '../ReviewRows';
import type { QuestionViews } from '../views';
import OrderingInput from './Input';

export const orderingViews: QuestionViews<'ordering'> = {
  type: 'ordering',
  Input: OrderingInput,
  Review({ question, answer }) {
    const text = new Map(question.items.map((item) => [item.id, item.text]));
    return (
      <ReviewList>
        <Row label={yourAnswerLabel}>
          <ol>{answer.itemIds.map((id) => <li key={id}>{text.get(id) ?? id}</li>)}</ol>
        </Row>
        <Row label={correctAnswerLabel}>
          <ol>
            {question.items.map((item) => (
              <li key={item.id}>
                {item.text}
                <ItemExplanation text={item.explanation} />
              </li>
            ))}
          </ol>
        </Row>
      </ReviewList>
    );
  },
  explainChoices: () => [],
};
