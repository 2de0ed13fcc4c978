import { useId, useMemo, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';
import type { Catalogue } from '@site/src/data/catalogue';
import { FINAL_QUIZ_ID, summariseProgress, type ProgressDocument } from '@site/src/lib/progress';
import { formatDate } from '@site/src/lib/formatDateTime';
import styles from './styles.module.css';

export interface Props {
  readonly progress: ProgressDocument;
  readonly catalogue: Catalogue;
}

/**
 * The printable completion page: once the final assessment is passed, the learner types their
 * name and prints the certificate (or saves it as PDF); before that, it says what to do.
 */
export default function Certificate({ progress, catalogue }: Props): ReactNode {
  const nameId = useId();
  const [name, setName] = useState('');
  const best = progress.quizzes[FINAL_QUIZ_ID]?.best;
  // Only a passed exam counts: a practice attempt could be checked question by question.
  const isCertified = best?.passed === true && best.mode === 'exam';
  const modules = useMemo(() => summariseProgress(progress, catalogue).modules, [progress, catalogue]);

  if (!isCertified) {
    return (
      <div className={styles.notYet}>
        <p>
          <Translate id="completion.notYet">Your completion certificate appears here once you pass the final assessment.</Translate>
        </p>
        {best && (
          <p>
            <Translate id="completion.bestSoFar" values={{ percent: Math.round(best.percent) }}>
              {'Your best score so far is {percent}%.'}
            </Translate>
          </p>
        )}
        <Link className="button button--primary" to="/course/final-assessment">
          <Translate id="completion.takeFinal">Take the final assessment</Translate>
        </Link>
      </div>
    );
  }

  const completed = modules.filter((module) => module.isCompleted);
  return (
    <>
      <div className={styles.controls}>
        <label htmlFor={nameId} className={styles.label}>
          <Translate id="completion.name.label">Your name, as it should appear on the certificate</Translate>
        </label>
        <input
          id={nameId}
          className={styles.input}
          type="text"
          autoComplete="name"
          maxLength={120}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          <Translate id="completion.print">Print or save as PDF</Translate>
        </button>
      </div>
      <article className={styles.certificate} aria-labelledby="certificate-title">
        <p className={styles.course}>Silicon Statecraft</p>
        <Heading as="h2" id="certificate-title" className={styles.title}>
          <Translate id="completion.certificate.title">Certificate of completion</Translate>
        </Heading>
        <p>
          <Translate id="completion.certificate.certifies">This certifies that</Translate>
        </p>
        <p className={styles.name}>{name.trim() || '\u00a0'}</p>
        <p>
          <Translate id="completion.certificate.completed">
            completed the open course on technology and foreign policy and passed its final assessment.
          </Translate>
        </p>
        <dl className={styles.facts}>
          <dt>
            <Translate id="completion.certificate.date">Date</Translate>
          </dt>
          <dd>{formatDate(best.submittedAt)}</dd>
          <dt>
            <Translate id="completion.certificate.score">Final assessment score</Translate>
          </dt>
          <dd>{Math.round(best.percent)}%</dd>
          <dt>
            <Translate id="completion.certificate.modules" values={{ done: completed.length, total: modules.length }}>
              {'Modules completed ({done} of {total})'}
            </Translate>
          </dt>
          <dd>
            {completed.length === 0 ? (
              '–'
            ) : (
              <ul className={styles.modules}>
                {completed.map((module) => (
                  <li key={module.id}>{module.title}</li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </article>
    </>
  );
}
