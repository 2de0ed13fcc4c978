import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

interface Props {
  /** False until the learner's progress has loaded, and when no attempts are left. */
  readonly canStart: boolean;
  readonly onStart: () => void;
}

/**
 * An exam's questions appear only when the learner starts: they are drawn for this learner and
 * attempt, which is known only once progress has loaded, so nothing swaps on screen.
 */
export default function ExamStart({ canStart, onStart }: Props): ReactNode {
  return (
    <div className={styles.start}>
      <button type="button" className="button button--primary button--lg" onClick={onStart} disabled={!canStart}>
        <Translate id="quiz.exam.start">Start the exam</Translate>
      </button>
    </div>
  );
}
