import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import { formatEventDate } from '@site/src/timeline/dates';
import type { TimelineEvent } from '@site/src/timeline/schema';
import { timelineEras } from '@site/src/data/eras';
import { placeEras } from '@site/src/timeline/overview/eras';
import { layoutOverview } from '@site/src/timeline/overview/layout';
import { scaleFor } from '@site/src/timeline/overview/scale';
import { summariseEvents } from '@site/src/timeline/overview/summary';
import Chart from './Chart';
import EraNote from './EraNote';
import { lessonSummary } from './summaryText';
import styles from './styles.module.css';

export interface Props {
  /** Every event of the timeline: they set the axis, so a lesson sees its events in context. */
  readonly allEvents: readonly TimelineEvent[];
  /** The lesson's events, the only ones drawn. */
  readonly events: readonly TimelineEvent[];
}

/**
 * The overview inside a lesson (`<Timeline … overview />`): only the lesson's events, with only
 * the lanes they need, on the course's whole axis and eras. No script of its own: a mark's title
 * and date show as the browser's hover title, and the list below it is the text.
 */
export default function CompactOverview({ allEvents, events }: Props): ReactNode {
  const scale = scaleFor(allEvents);
  const bands = placeEras(timelineEras, allEvents, events, scale);
  const titles = Object.fromEntries(events.map((event) => [event.id, `${event.title} (${formatEventDate(event)})`]));
  return (
    <figure className={styles.figure}>
      <div className={styles.plot}>
        <Chart
          layout={layoutOverview(events, bands, scale)}
          label={lessonSummary(summariseEvents(events), bands, scale)}
          markTitles={titles}
        />
      </div>
      <figcaption className={styles.caption}>
        <Translate id="timeline.overview.lessonCaption">This lesson’s events on the course timeline.</Translate>{' '}
        <EraNote />
      </figcaption>
    </figure>
  );
}
