import { useMemo, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type { Catalogue } from '@site/src/data/catalogue';
// Direct imports, not the index: the landing page must not carry the store's validator.
import { continueLesson, isEmptyProgress } from '@site/src/lib/progress/summary';
import { useProgress } from '@site/src/lib/progress/useProgress';
import styles from './styles.module.css';

export interface Props {
  /** Null while it loads (the landing page loads it after mount). */
  readonly catalogue: Catalogue | null;
}

/**
 * "Continue where you left off" for the landing page, after mount and only when there is saved
 * progress. Its line is reserved (fixed height, one line) so the page does not shift when it
 * appears.
 */
export default function ResumeLink({ catalogue }: Props): ReactNode {
  const snapshot = useProgress();
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
    </p>
  );
}
