import { useMemo, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import type { Catalogue } from '@site/src/data/catalogue';
import { FINAL_QUIZ_ID, summariseProgress, type ProgressDocument } from '@site/src/lib/progress';
import { formatDateTime } from '@site/src/lib/formatDateTime';
import { ownEntry } from '@site/src/lib/ownEntry';
import ReviewDeckSummary from '@site/src/components/ReviewDeckSummary';
import ContinueLink from './ContinueLink';
import ModuleTable from './ModuleTable';
import { bestLabel } from './labels';
import styles from './styles.module.css';

export interface Props {
  readonly progress: ProgressDocument;
  readonly catalogue: Catalogue;
}

/** "My progress": overall completion, the last activity, where to go next, the review deck, then each module. */
export default function ProgressOverview({ progress, catalogue }: Props): ReactNode {
  const summary = useMemo(() => summariseProgress(progress, catalogue), [progress, catalogue]);
  const final = catalogue.quizzes.find((quiz) => quiz.id === FINAL_QUIZ_ID);
  const finalBest = ownEntry(progress.quizzes, FINAL_QUIZ_ID)?.best ?? null;
  return (
    <>
      <div className={styles.summary}>
        <p>
          <label htmlFor="course-completion">
            <Translate
              id="progress.completion"
              values={{ percent: summary.percent, done: summary.completedLessons, total: summary.totalLessons }}
            >
              {'Course completion: {percent}% ({done} of {total} lessons completed)'}
            </Translate>
          </label>
          <progress id="course-completion" className={styles.bar} max={100} value={summary.percent}>
            {summary.percent}%
          </progress>
        </p>
        <p>
          {summary.lastActivityAt ? (
            <Translate id="progress.lastActivity" values={{ time: formatDateTime(summary.lastActivityAt) }}>
              {'Last activity: {time}'}
            </Translate>
          ) : (
            <Translate id="progress.noActivity">You have not started the course yet.</Translate>
          )}
        </p>
        {final && (
          <p>
            <Translate id="progress.final" values={{ title: final.title, best: bestLabel(finalBest) }}>
              {'{title}: {best}'}
            </Translate>
          </p>
        )}
        {summary.continueWith && <ContinueLink lesson={summary.continueWith} className={styles.continue} />}
      </div>
      <ReviewDeckSummary deck={progress.review} />
      {summary.modules.map((module) => (
        <ModuleTable key={module.id} module={module} />
      ))}
    </>
  );
}
