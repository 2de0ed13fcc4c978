import { useId, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { startOfDay } from '@site/src/review/days';
import styles from './styles.module.css';

export interface Props {
  /** Cards due on each day from today (see `deckStats`). */
  readonly forecast: readonly number[];
  readonly now: number;
}

const BAR_WIDTH = 16;
const GAP = 6;
const HEIGHT = 80;
const LABEL_SPACE = 18;

/**
 * Cards due on each of the next days: a bar chart in SVG that screen readers meet as one image
 * with a summary, and the same figures as a table below it for anyone who wants the numbers.
 */
export default function DueForecast({ forecast, now }: Props): ReactNode {
  const captionId = useId();
  const max = Math.max(1, ...forecast);
  const dayLabel = (day: number) =>
    new Date(startOfDay(now, day)).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
  const width = forecast.length * (BAR_WIDTH + GAP);
  const summary = translate(
    { id: 'progress.review.chartSummary', message: 'Cards due per day over the next {days} days: {total} in all, at most {max} on one day.' },
    { days: forecast.length, total: forecast.reduce((sum, count) => sum + count, 0), max: Math.max(...forecast) },
  );
  return (
    <figure className={styles.forecast}>
      <figcaption id={captionId}>
        <Translate id="progress.review.chartCaption" values={{ days: forecast.length }}>
          {'Cards due over the next {days} days'}
        </Translate>
      </figcaption>
      <svg className={styles.chart} viewBox={`0 0 ${width} ${HEIGHT + LABEL_SPACE}`} role="img" aria-label={summary}>
        {forecast.map((count, day) => {
          const height = (count / max) * HEIGHT;
          const x = day * (BAR_WIDTH + GAP);
          return (
            <g key={day}>
              <rect className={styles.bar} x={x} y={HEIGHT - height} width={BAR_WIDTH} height={height} />
              <text className={styles.axis} x={x + BAR_WIDTH / 2} y={HEIGHT + 13} textAnchor="middle">
                {new Date(startOfDay(now, day)).getDate()}
              </text>
            </g>
          );
        })}
        <line className={styles.baseline} x1={0} x2={width} y1={HEIGHT} y2={HEIGHT} />
      </svg>
      <details className={styles.table}>
        <summary>
          <Translate id="progress.review.chartTable">Show the figures as a table</Translate>
        </summary>
        <table aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col"><Translate id="progress.review.day">Day</Translate></th>
              <th scope="col"><Translate id="progress.review.cards">Cards due</Translate></th>
            </tr>
          </thead>
          <tbody>
            {forecast.map((count, day) => (
              <tr key={day}>
                <th scope="row">{day === 0 ? translate({ id: 'progress.review.today', message: 'Today (and overdue)' }) : dayLabel(day)}</th>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
