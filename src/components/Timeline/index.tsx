import { lazy, Suspense, type ReactNode } from 'react';
import clsx from 'clsx';
import { timelineEvents } from '@site/src/data/timeline';
import { resolveSelection, type TimelineSelectionProps } from '@site/src/timeline/mdxProps';
import { selectEvents } from '@site/src/timeline/selection';
import EventItem from './EventItem';
import styles from './styles.module.css';

export interface Props extends TimelineSelectionProps {
  /** Also show the chosen events on a compact overview chart of the whole timeline, above the list. */
  readonly overview?: boolean;
  readonly className?: string;
}

const ALL_IDS = timelineEvents.map((event) => event.id);

// Only lessons that ask for the chart fetch its code. The chart is still in the pre-rendered HTML
// (the build waits for it), and while its code loads React keeps that HTML as it is.
const CompactOverview = lazy(() => import('@site/src/components/TimelineOverview/Compact'));

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
      {overview && (
        <Suspense>
          <CompactOverview allEvents={timelineEvents} events={events} />
        </Suspense>
      )}
      {/* Not indexed with the lesson: each event is a search result of its own (plugins/search-index). */}
      <ol className={clsx(styles.timeline, className)} data-pagefind-ignore="">
        {events.map((event) => (
          <EventItem key={event.id} event={event} />
        ))}
      </ol>
    </>
  );
}
