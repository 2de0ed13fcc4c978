import type { ReactNode } from 'react';
import clsx from 'clsx';
import Translate, { translate } from '@docusaurus/Translate';
import { downloadFile } from '@site/src/components/FileDownload/downloadFile';
import { loadProgressRuntime } from '@site/src/lib/progress/useProgress';
import styles from './styles.module.css';

export interface Props {
  readonly count: number;
}

/**
 * Saved entries that could not be read are set aside, never deleted: this says so and offers
 * them as a file, so nothing is lost without the learner knowing.
 */
export default function SetAside({ count }: Props): ReactNode {
  async function download(): Promise<void> {
    const { progressStore } = await loadProgressRuntime();
    const text = progressStore.readSetAside();
    if (text !== null) downloadFile('silicon-statecraft-set-aside-progress.json', text, 'application/json');
  }

  return (
    <div className={clsx('alert alert--warning', styles.notice)}>
      <p>
        {count === 1
          ? translate({ id: 'progress.setAside.one', message: 'Some of your saved progress could not be read, so it was set aside (1 entry). It is still kept in this browser; download it to keep a copy.' })
          : translate(
              { id: 'progress.setAside.many', message: 'Some of your saved progress could not be read, so it was set aside ({count} entries). It is still kept in this browser; download it to keep a copy.' },
              { count },
            )}
      </p>
      <button type="button" className="button button--secondary button--sm" onClick={() => void download()}>
        <Translate id="progress.setAside.download">Download the set-aside data</Translate>
      </button>
    </div>
  );
}
