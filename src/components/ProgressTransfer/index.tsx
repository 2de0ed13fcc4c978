import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import { downloadFile } from '@site/src/components/FileDownload/downloadFile';
import { mergeProgress, type ProgressDocument, type ProgressStore } from '@site/src/lib/progress';
import ResetProgress from './ResetProgress';
import { exportFileName, MAX_IMPORT_BYTES, readProgressFile, type ImportResult } from './model';
import styles from './styles.module.css';

export interface Props {
  readonly progress: ProgressDocument;
  readonly store: Pick<ProgressStore, 'update' | 'reset'>;
}

function errorMessage(reason: Exclude<ImportResult, { ok: true }>['reason'], fileName: string): string {
  switch (reason) {
    case 'too-large':
      return translate({ id: 'progress.import.tooLarge', message: '“{file}” is too large to be a progress file. Nothing was changed.' }, { file: fileName });
    case 'not-json':
      return translate({ id: 'progress.import.notJson', message: '“{file}” is not a progress file (it is not JSON). Nothing was changed.' }, { file: fileName });
    case 'invalid':
      return translate(
        { id: 'progress.import.invalid', message: '“{file}” is not a valid Silicon Statecraft progress file, or it is damaged. Nothing was changed.' },
        { file: fileName },
      );
  }
}

/** Export progress to a JSON file, import (merge) one from another device, reset it. */
export default function ProgressTransfer({ progress, store }: Props): ReactNode {
  const inputId = useId();
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setMessage('');
    setError('');
    const result = readProgressFile(file.size > MAX_IMPORT_BYTES ? '' : await file.text(), file.size);
    input.value = '';
    if (!result.ok) {
      setError(errorMessage(result.reason, file.name));
      return;
    }
    store.update((current) => mergeProgress(current, result.progress));
    setMessage(
      translate(
        { id: 'progress.import.done', message: 'Imported “{file}” and merged it with your progress here (lessons in the file: {lessons}; quizzes: {quizzes}).' },
        { file: file.name, lessons: Object.keys(result.progress.lessons).length, quizzes: Object.keys(result.progress.quizzes).length },
      ),
    );
  };

  return (
    <section aria-labelledby="progress-transfer" className={styles.transfer}>
      <Heading as="h2" id="progress-transfer">
        <Translate id="progress.transfer.heading">Move or reset your progress</Translate>
      </Heading>
      <p>
        <Translate id="progress.transfer.intro">
          Your progress is kept in this browser only. To continue on another device, export it here and import the file there: the two are merged, keeping each quiz’s best score and latest attempt.
        </Translate>
      </p>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadFile(exportFileName(new Date()), JSON.stringify(progress, null, 2), 'application/json')}
        >
          <Translate id="progress.export.button">Export progress</Translate>
        </button>
        <div>
          <label htmlFor={inputId} className={styles.label}>
            <Translate id="progress.import.label">Import progress from a file</Translate>
          </label>
          <input id={inputId} type="file" accept=".json,application/json" onChange={(event) => void onImport(event)} />
        </div>
        <ResetProgress
          onReset={() => {
            store.reset();
            setError('');
            setMessage(translate({ id: 'progress.reset.done', message: 'Your progress was reset.' }));
          }}
        />
      </div>
      <p role="status" className={styles.message}>
        {message}
      </p>
      <p role="alert" className={styles.error}>
        {error}
      </p>
    </section>
  );
}
