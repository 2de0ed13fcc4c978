import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import Icon from './Icon';
import { formatPoints, verdictOf } from './messages';
import { trueFalseLabel } from './questions/TrueFalse';
import type { Question } from './schema';
import styles from './styles.module.css';
import type { Answer, QuestionResult } from './types';

interface Explained {
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

/** Explanations of what the learner chose; the full answer waits for the review. */
function chosenExplanations(question: Question, answer: Answer): Explained[] {
  if ((question.type === 'single' || question.type === 'multiple') && (answer.type === 'single' || answer.type === 'multiple')) {
    const chosen = answer.type === 'single' ? [answer.optionId] : answer.optionIds;
    return question.options
      .filter((option) => chosen.includes(option.id) && option.explanation)
      .map((option) => ({ id: option.id, label: option.text, text: option.explanation! }));
  }
  if (question.type === 'true-false' && answer.type === 'true-false' && answer.value !== null && question.explanations) {
    return [{ id: String(answer.value), label: trueFalseLabel(answer.value), text: question.explanations[answer.value ? 'true' : 'false'] }];
  }
  return [];
}

export function VerdictHeadline({ result }: { readonly result: QuestionResult }): ReactNode {
  const verdict = verdictOf(result);
  return (
    <p className={styles.verdict} data-state={verdict}>
      <Icon verdict={verdict} />
      {verdict === 'correct' && <Translate id="quiz.feedback.correct">Correct.</Translate>}
      {verdict === 'incorrect' && <Translate id="quiz.feedback.incorrect">Incorrect.</Translate>}
      {verdict === 'partial' && (
        <Translate
          id="quiz.feedback.partial"
          values={{ points: formatPoints(result.points), max: formatPoints(result.maxPoints) }}
        >
          {'Partly correct: {points} of {max} points.'}
        </Translate>
      )}
    </p>
  );
}

interface Props {
  readonly question: Question;
  readonly result: QuestionResult;
}

/** What "Check" shows under a question. */
export default function Feedback({ question, result }: Props): ReactNode {
  const explained = chosenExplanations(question, result.answer);
  return (
    <div className={styles.feedback}>
      <VerdictHeadline result={result} />
      {explained.length > 0 && (
        <ul className={styles.explanations}>
          {explained.map((item) => (
            <li key={item.id}>
              <strong>{item.label}:</strong> {item.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
