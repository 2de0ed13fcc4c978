import type { ReactNode } from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import { useProgress } from '@site/src/lib/progress/useProgress';
import styles from './styles.module.css';

export interface Props {
  readonly className?: string;
}

/**
 * Says, politely, that progress will not be kept when the browser's storage cannot be written
 * (private mode, blocked, full). The live region is always there so that the message is
 * announced when it appears; it is empty while progress is being saved.
 */
export default function ProgressNotice({ className }: Props): ReactNode {
  const snapshot = useProgress();
  const isUnsaved = snapshot !== null && !snapshot.isSaved;
  return (
    <div role="status" className={clsx(isUnsaved && clsx('alert alert--warning', styles.notice), className)}>
      {isUnsaved && (
        <Translate id="progress.notice.notSaved">
          Your browser is not letting this site store data, so your progress will not be saved after you leave this page.
        </Translate>
      )}
    </div>
  );
}
