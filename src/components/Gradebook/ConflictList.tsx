import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type { Conflict, ConflictChoices, ConflictPolicy } from '@site/src/lib/gradebook/buildGradebook';
import { formatDateTime } from '@site/src/lib/formatDateTime';
import { formatScore } from './format';
import styles from './styles.module.css';

export interface Props {
  readonly conflicts: readonly Conflict[];
  readonly choices: ConflictChoices;
  readonly onChange: (choices: ConflictChoices) => void;
}

/**
 * Files that name the same student (same email, or same name without one). Nothing proves who
 * made a file, so none replaces another: every file is listed by name, and the instructor picks
 * the one that counts, or keeps each quiz's best result for everyone.
 */
export default function ConflictList({ conflicts, choices, onChange }: Props): ReactNode {
  if (conflicts.length === 0) return null;
  const isChoosing = choices.policy === 'choose';
  const unresolved = conflicts.filter((conflict) => conflict.chosen === null).length;
  const setPolicy = (policy: ConflictPolicy) => onChange({ ...choices, policy });
  const choose = (key: string, fileName: string) => onChange({ ...choices, chosen: new Map(choices.chosen).set(key, fileName) });

  return (
    <section aria-labelledby="gradebook-conflicts" className={styles.conflicts}>
      <Heading as="h3" id="gradebook-conflicts">
        {translate({ id: 'gradebook.conflicts.heading', message: 'Several files for one student ({count})' }, { count: conflicts.length })}
      </Heading>
      <p>
        {translate({
          id: 'gradebook.conflicts.explain',
          message: 'A results file names its student by the email (or, without one, the name) they typed, and nothing proves it. These files name the same student, so none of them replaces another: say which one counts.',
        })}
      </p>
      <fieldset className={styles.choices}>
        <legend>{translate({ id: 'gradebook.conflicts.policy', message: 'When a student has several files' })}</legend>
        <label>
          <input type="radio" name="conflict-policy" checked={isChoosing} onChange={() => setPolicy('choose')} />{' '}
          {translate({ id: 'gradebook.conflicts.choose', message: 'Let me choose the file that counts' })}
        </label>
        <label>
          <input type="radio" name="conflict-policy" checked={!isChoosing} onChange={() => setPolicy('best')} />{' '}
          {translate({ id: 'gradebook.conflicts.best', message: 'Keep each student’s best result for each quiz' })}
        </label>
      </fieldset>
      {isChoosing && unresolved > 0 && (
        <p className={styles.warning}>
          {translate(
            { id: 'gradebook.conflicts.unresolved', message: '{count} students are left out of the results and the exports until you choose a file for them.' },
            { count: unresolved },
          )}
        </p>
      )}
      {conflicts.map((conflict) => (
        <fieldset key={conflict.key} className={styles.choices} disabled={!isChoosing}>
          <legend>
            {translate({ id: 'gradebook.conflicts.student', message: '{student}: {count} files' }, { student: conflict.key, count: conflict.files.length })}
          </legend>
          {conflict.files.map((file) => (
            <label key={file.fileName}>
              <input
                type="radio"
                name={`conflict-${conflict.key}`}
                checked={conflict.chosen === file.fileName}
                onChange={() => choose(conflict.key, file.fileName)}
              />{' '}
              <span className={styles.fileName}>{file.fileName}</span>
              {translate(
                { id: 'gradebook.conflicts.file', message: ': {name}{email}, exported {time}, {score} points' },
                {
                  name: file.learner.name,
                  email: file.learner.email ? ` <${file.learner.email}>` : '',
                  time: formatDateTime(file.exportedAt),
                  score: formatScore(file.points, file.maxPoints),
                },
              )}
            </label>
          ))}
        </fieldset>
      ))}
    </section>
  );
}
