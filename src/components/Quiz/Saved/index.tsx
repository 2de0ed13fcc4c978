import { useState, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import { bestSummary, scoreSummary } from '../messages';
import Review from '../Review';
import type { Quiz } from '@site/src/quiz/schema';
import styles from './styles.module.css';
import type { QuizProgress } from '@site/src/lib/progress';

interface Props {
  readonly quiz: Quiz;
  readonly progress: QuizProgress;
}

/** What this browser remembers of earlier attempts, shown above a fresh attempt. */
export default function Saved({ quiz, progress }: Props): ReactNode {
  const [isReviewOpen, setReviewOpen] = useState(false);
  return (
    <div className={styles.saved}>
      <p>
        <Translate id="quiz.saved.latest" values={{ score: scoreSummary(progress.latest) }}>
          {'Your last attempt: {score}.'}
        </Translate>{' '}
        {bestSummary(progress.best)}.
      </p>
      <button
        type="button"
        className="button button--sm button--secondary"
        aria-expanded={isReviewOpen}
        onClick={() => setReviewOpen((open) => !open)}
      >
        <Translate id="quiz.saved.showReview">Review your last attempt</Translate>
      </button>
      {isReviewOpen && <Review quiz={quiz} attempt={progress.latest} />}
    </div>
  );
}
