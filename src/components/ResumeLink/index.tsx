import { useMemo, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type { Catalogue } from '@site/src/data/catalogue';
// Direct imports, not the index: the landing page must not carry the store's validator.
import { continueLesson, isEmptyProgress } from '@site/src/lib/progress/summary';
import { useSavedProgress } from '@site/src/lib/progress/useProgress';
import { useDueCount } from '@site/src/lib/review/useDueCount';
import styles from './styles.module.css';

export interface Props {
  /** Null while it loads (the landing page loads it after mount). */
  readonly catalogue: Catalogue | null;
}

/**
 * "Continue where you left off" for the landing page, after mount and only when there is saved
 * progress, and "Review 5 due questions" beside it when review cards are due. Its line is
 * reserved (fixed height, one line) so the page does not shift when they appear.
 */
export default function ResumeLink({ catalogue }: Props): ReactNode {
  const snapshot = useSavedProgress();
  const dueCount = useDueCount();
  const lesson = useMemo(
    () =>
      catalogue && snapshot && !isEmptyProgress(snapshot.progress) ? continueLesson(snapshot.progress, catalogue) : null,
    [snapshot, catalogue],
  );
  return (
    <p className={styles.resume}>
      {lesson && (
        <Link to={lesson.href} className={styles.link}>
          <Translate id="progress.continue" values={{ lesson: lesson.title }}>
            {'Continue where you left off: {lesson}'}
          </Translate>
        </Link>
      )}
      {dueCount !== null && dueCount > 0 && (
        <Link to="/review" className={styles.review}>
          {dueCount === 1 ? (
            <Translate id="review.resume.one">Review 1 due question</Translate>
          ) : (
            <Translate id="review.resume.many" values={{ count: dueCount }}>
              {'Review {count} due questions'}
            </Translate>
          )}
        </Link>
      )}
    </p>
  );
}
