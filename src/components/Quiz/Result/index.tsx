import { useEffect, useRef, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import type { QuizAttempt } from '@site/src/quiz/attempt';
import Icon from '../Icon';
import { attemptsLeftText, bestSummary, scoreSummary } from '../messages';
import styles from './styles.module.css';
import type { BestScore } from '@site/src/lib/progress';

interface Props {
  readonly attempt: QuizAttempt;
  readonly best: BestScore | null;
  /** Null when the quiz has no attempt limit. */
  readonly attemptsLeft: number | null;
  readonly maxAttempts: number | undefined;
  readonly onRetry: () => void;
}

/** The score just submitted. It takes focus when it appears, so keyboard and screen-reader users land on it. */
export default function Result({ attempt, best, attemptsLeft, maxAttempts, onRetry }: Props): ReactNode {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    summary.current?.focus();
  }, []);
  const canRetry = attemptsLeft === null || attemptsLeft > 0;
  return (
    <div className={styles.result} data-state={attempt.passed ? 'correct' : 'incorrect'}>
      <div ref={summary} tabIndex={-1} className={styles.summary}>
        <h4>
          <Translate id="quiz.result.title">Your result</Translate>
        </h4>
        <p className={styles.score}>
          <Icon verdict={attempt.passed ? 'correct' : 'incorrect'} />
          {scoreSummary(attempt)}
        </p>
        {best && <p>{bestSummary(best)}</p>}
        {attemptsLeft !== null && maxAttempts !== undefined && <p>{attemptsLeftText(attemptsLeft, maxAttempts)}</p>}
      </div>
      <button type="button" className="button button--primary" onClick={onRetry} disabled={!canRetry}>
        <Translate id="quiz.result.retry">Try again</Translate>
      </button>
      {!canRetry && (
        <p>
          <Translate id="quiz.result.noAttemptsLeft">You have used all your attempts at this quiz.</Translate>
        </p>
      )}
    </div>
  );
}
