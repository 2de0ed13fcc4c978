import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import type { QuizAttempt } from '@site/src/quiz/attempt';
import { downloadFile, fileNamePart } from '@site/src/components/FileDownload/downloadFile';
import type { Assignment } from '@site/src/lib/assignment/schema';
import { createResultsFile } from '@site/src/lib/results/createResultsFile';
import { resultsToCsv } from '@site/src/lib/results/resultsCsv';
import { LearnerSchema } from '@site/src/lib/results/schema';
import type { QuizEntry } from './model';
import styles from './styles.module.css';

export interface Props {
  readonly assignment: Assignment;
  readonly quizzes: readonly QuizEntry[];
  readonly attempts: ReadonlyMap<string, QuizAttempt>;
}

interface Prepared {
  readonly base: string;
  readonly json: string;
  readonly csv: string;
}

/** Name (and optional email) → a results file, downloaded as JSON, and offered as CSV too. */
export default function ExportResults({ assignment, quizzes, attempts }: Props): ReactNode {
  const id = useId();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState('');
  const [prepared, setPrepared] = useState<Prepared | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const learner = LearnerSchema.safeParse({ name, ...(email.trim() ? { email } : {}) });
    if (!learner.success) {
      const isEmail = learner.error.issues.some((issue) => issue.path[0] === 'email');
      setError(
        isEmail
          ? translate({ id: 'assignment.export.badEmail', message: 'Check the email address, or leave it empty.' })
          : translate({ id: 'assignment.export.noName', message: 'Type your name as your instructor knows it.' }),
      );
      return;
    }
    setError('');
    const results = await createResultsFile({ assignment, learner: learner.data, quizzes, attempts, now: new Date() });
    const next = {
      base: `results-${assignment.id}-${fileNamePart(learner.data.name)}`,
      json: JSON.stringify(results, null, 2),
      csv: resultsToCsv(results),
    };
    setPrepared(next);
    downloadFile(`${next.base}.json`, next.json, 'application/json');
  }

  return (
    <form className={styles.export} onSubmit={(event) => void submit(event)} noValidate>
      <div className={styles.field}>
        <label htmlFor={`${id}-name`}>{translate({ id: 'assignment.export.name', message: 'Your name' })}</label>
        <input id={`${id}-name`} type="text" autoComplete="name" maxLength={200} value={name} aria-invalid={error !== '' && name.trim() === ''} onChange={(event) => setName(event.currentTarget.value)} />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-email`}>{translate({ id: 'assignment.export.email', message: 'Your email (optional)' })}</label>
        <input id={`${id}-email`} type="email" autoComplete="email" maxLength={254} value={email} onChange={(event) => setEmail(event.currentTarget.value)} />
      </div>
      <p role="alert" className={styles.error}>
        {error}
      </p>
      <button type="submit" className="button button--primary">
        {translate({ id: 'assignment.export.submit', message: 'Export my results' })}
      </button>
      <div role="status" className={styles.ready}>
        {prepared && (
          <>
            <p>
              {translate({ id: 'assignment.export.ready', message: 'Your results file was downloaded. Send the JSON file to your instructor; the CSV is for your own spreadsheet.' })}
            </p>
            <ul>
              <li>
                <button type="button" className="button button--link" onClick={() => downloadFile(`${prepared.base}.json`, prepared.json, 'application/json')}>
                  {translate({ id: 'assignment.export.json', message: 'Download results (JSON) again' })}
                </button>
              </li>
              <li>
                <button type="button" className="button button--link" onClick={() => downloadFile(`${prepared.base}.csv`, prepared.csv, 'text/csv')}>
                  {translate({ id: 'assignment.export.csv', message: 'Download results for spreadsheets (CSV)' })}
                </button>
              </li>
            </ul>
          </>
        )}
      </div>
    </form>
  );
}
