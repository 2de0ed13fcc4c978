import { useMemo, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type { ReviewDeck } from '@site/src/review/schema';
import { deckStats, RETAINED_AFTER_DAYS } from '@site/src/review/stats';
import DueForecast from './DueForecast';
import styles from './styles.module.css';

export interface Props {
  readonly deck: ReviewDeck | undefined;
}

/**
 * The review deck on My progress: due today, due this week, retained, the next 14 days as a chart
 * with its table, and the way to the Review page. Rendered only after mount (progress is), so the
 * clock it reads cannot cause a hydration mismatch.
 */
export default function ReviewDeckSummary({ deck }: Props): ReactNode {
  const stats = useMemo(() => deckStats(deck, Date.now()), [deck]);
  return (
    <section aria-labelledby="review-deck" className={styles.deck}>
      <h2 id="review-deck">
        <Translate id="progress.review.heading">Review deck</Translate>
      </h2>
      {stats.total === 0 ? (
        <p>
          <Translate id="progress.review.empty">
            Your review deck is empty. Questions you get wrong in a quiz, or right only with a hint or a second try, are added to it and asked again over the following days.
          </Translate>
        </p>
      ) : (
        <>
          <dl className={styles.figures}>
            <div>
              <dt><Translate id="progress.review.dueToday">Due today</Translate></dt>
              <dd>{stats.dueToday}</dd>
            </div>
            <div>
              <dt><Translate id="progress.review.dueWeek">Due in the next 7 days</Translate></dt>
              <dd>{stats.dueThisWeek}</dd>
            </div>
            <div>
              <dt>
                <Translate id="progress.review.retained" values={{ days: RETAINED_AFTER_DAYS }}>
                  {'Retained (not missed in {days} days)'}
                </Translate>
              </dt>
              <dd>
                <Translate id="progress.review.retainedOf" values={{ retained: stats.retained, total: stats.total }}>
                  {'{retained} of {total}'}
                </Translate>
              </dd>
            </div>
          </dl>
          <DueForecast forecast={stats.forecast} now={Date.now()} />
          {stats.dueToday > 0 && (
            <Link className="button button--primary" to="/review">
              <Translate id="progress.review.start">Review now</Translate>
            </Link>
          )}
        </>
      )}
    </section>
  );
}
