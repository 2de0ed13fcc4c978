import type { ReactNode } from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import { useProgress } from '@site/src/lib/progress/useProgress';
import SetAside from './SetAside';
import styles from './styles.module.css';

export interface Props {
  /** On My progress: also say when saved data was set aside, and offer it as a download. */
  readonly offerSetAside?: boolean;
  readonly className?: string;
}

/**
 * Says, politely, when progress is not being saved: storage cannot be written (private mode,
 * blocked, full), or the saved progress comes from a newer version of the course (a tab left open
 * across an update), which this page only reads. The live region is always there so that the
 * message is announced when it appears; it is empty while progress is being saved.
 */
export default function ProgressNotice({ offerSetAside = false, className }: Props): ReactNode {
  const snapshot = useProgress();
  const isUnsaved = snapshot !== null && !snapshot.isSaved;
  return (
    <>
      <div role="status" className={clsx(isUnsaved && clsx('alert alert--warning', styles.notice), className)}>
        {isUnsaved &&
          (snapshot.isNewer ? (
            <Translate id="progress.notice.newer">
              Your progress was saved by a newer version of this course. Reload the page to see all of it; until you do, nothing you do on this page is saved.
            </Translate>
          ) : (
            <Translate id="progress.notice.notSaved">
              Your browser is not letting this site store data, so your progress will not be saved after you leave this page.
            </Translate>
          ))}
      </div>
      {offerSetAside && snapshot !== null && snapshot.setAside > 0 && <SetAside count={snapshot.setAside} />}
    </>
  );
}
