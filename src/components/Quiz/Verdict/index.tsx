import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import { formatPoints } from '@site/src/quiz/points';
import type { QuestionResult } from '@site/src/quiz/attempt';
import Icon from '../Icon';
import { verdictOf } from '../messages';
import styles from './styles.module.css';

/** "Correct.", "Incorrect." or "Partly correct: 1 of 2 points.", with its icon. */
export default function Verdict({ result }: { readonly result: QuestionResult }): ReactNode {
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
