import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type { ModuleRow } from '@site/src/lib/progress';
import { bestLabel, statusLabel } from './labels';
import styles from './styles.module.css';

export interface Props {
  readonly module: ModuleRow;
}

/** One module: its lessons with their status and best quiz score, then its checkpoint. */
export default function ModuleTable({ module }: Props): ReactNode {
  const headingId = `progress-module-${module.id}`;
  return (
    <section aria-labelledby={headingId} className={styles.module}>
      {/* A plain h2: the theme's Heading adds a "Direct link" anchor that would join the table's name. */}
      <h2 id={headingId} className={styles.moduleTitle}>
        <Link to={module.href}>{module.title}</Link>
      </h2>
      <div className={styles.wrap}>
        <table className={styles.table} aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">
                <Translate id="progress.table.lesson">Lesson or quiz</Translate>
              </th>
              <th scope="col">
                <Translate id="progress.table.status">Status</Translate>
              </th>
              <th scope="col">
                <Translate id="progress.table.best">Best quiz score</Translate>
              </th>
            </tr>
          </thead>
          <tbody>
            {module.lessons.map(({ lesson, status, best }) => (
              <tr key={lesson.id} data-status={status}>
                <th scope="row">
                  <Link to={lesson.href}>{lesson.title}</Link>
                </th>
                <td>
                  <span className={styles.status}>{statusLabel(status)}</span>
                </td>
                <td>{lesson.quizId ? bestLabel(best) : '–'}</td>
              </tr>
            ))}
            {module.checkpoints.map(({ quiz, best }) => (
              <tr key={quiz.id} data-status={best?.passed ? 'completed' : best ? 'in-progress' : 'not-started'}>
                <th scope="row">
                  <Link to={quiz.href}>{quiz.title}</Link>
                </th>
                <td>
                  <span className={styles.status}>
                    {statusLabel(best?.passed ? 'completed' : best ? 'in-progress' : 'not-started')}
                  </span>
                </td>
                <td>{bestLabel(best)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
