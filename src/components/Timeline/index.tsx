import type { ReactNode } from 'react';
import clsx from 'clsx';
import { timelineEvents } from '@site/src/data/timeline';
import CompactOverview from '@site/src/components/TimelineOverview/Compact';
import { resolveSelection, selectEvents, type TimelineSelectionProps } from './model';
import EventItem from './EventItem';
import styles from './styles.module.css';

export interface Props extends TimelineSelectionProps {
  /** Also show the chosen events on a compact overview chart of the whole timeline, above the list. */
  readonly overview?: boolean;
  readonly className?: string;
}

const ALL_IDS = timelineEvents.map((event) => event.id);

/**
 * A timeline inside a lesson: all events, or those chosen by ids, category and years, e.g.
 * `<Timeline category="semiconductors" from="1986" to="2024" />`. Unknown ids, categories or
 * years, or a selection with no event, fail the build with a message naming the prop.
 * `overview` adds the chart: `<Timeline category="science-diplomacy" overview />`.
 */
export default function Timeline({ className, overview = false, ...selection }: Props): ReactNode {
  const events = selectEvents(timelineEvents, resolveSelection(selection, ALL_IDS));
  if (events.length === 0) {
    throw new Error(`<Timeline>: the selection ${JSON.stringify(selection)} contains no event`);
  }
  return (
    <>
      {overview && <CompactOverview allEvents={timelineEvents} events={events} />}
      <ol className={clsx(styles.timeline, className)}>
        {events.map((event) => (
          <EventItem key={event.id} event={event} />
        ))}
      </ol>
    </>
  );
}
