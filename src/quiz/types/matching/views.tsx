import Translate from '@docusaurus/Translate';
import { ItemExplanation, ReviewList, Row, correctAnswerLabel, noAnswer, yourAnswerLabel } from '../ReviewRows';
import type { QuestionViews } from '../views';
import MatchingInput from './Input';

export const matchingViews: QuestionViews<'matching'> = {
  type: 'matching',
  Input: MatchingInput,
  Review({ question, answer }) {
    const matchText = new Map(question.pairs.map((pair) => [pair.id, pair.match]));
    return (
      <ReviewList>
        {question.pairs.map((pair) => {
          const chosen = Object.prototype.hasOwnProperty.call(answer.matches, pair.id) ? answer.matches[pair.id] : null;
          return (
            <Row key={pair.id} label={pair.term}>
              {yourAnswerLabel}: {chosen ? matchText.get(chosen) : noAnswer}{' '}
              {chosen === pair.id ? (
                <Translate id="quiz.review.pairRight">(right)</Translate>
              ) : (
                <Translate id="quiz.review.pairWrong">(wrong)</Translate>
              )}
              <br />
              {correctAnswerLabel}: {pair.match}
              <ItemExplanation text={pair.explanation} />
            </Row>
          );
        })}
      </ReviewList>
    );
  },
  explainChoices: () => [],
};
