import type { ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { timelineEvents } from '@site/src/data/timeline';
import { sortEvents, yearSpan } from '@site/src/timeline/dates';
import { hasActiveFilters, matchesFilters } from '@site/src/timeline/filters';
import { EMPTY_INPUTS } from '@site/src/timeline/formInputs';
import { useLessonLinks } from './useLessonLinks';
import TimelineOverview from '@site/src/components/TimelineOverview';
import { focusEventItem } from '@site/src/components/TimelineOverview/focusEventItem';
import { useTimelineFilters } from './useTimelineFilters';
import EventItem from './EventItem';
import Filters from './Filters';
import styles from './styles.module.css';
import pageStyles from './page.module.css';

// Fixed ids (no event uses them): the sections are labelled by their headings.
const OVERVIEW_HEADING = 'overview';
const FILTERS_HEADING = 'filter-events';
const EVENTS_HEADING = 'events';
const EVENTS = sortEvents(timelineEvents);
const MIN_YEAR = Math.min(...timelineEvents.map((event) => yearSpan(event)[0]));
const MAX_YEAR = Math.max(...timelineEvents.map((event) => yearSpan(event)[1]));

function statusText(shown: number, total: number): string {
  if (shown === 0) return translate({ id: 'timeline.status.none', message: 'No events match these filters.' });
  if (shown === total) {
    return translate({ id: 'timeline.status.all', message: 'Showing all {total} events.' }, { total });
  }
  return translate({ id: 'timeline.status.some', message: 'Showing {shown} of {total} events.' }, { shown, total });
}

/**
 * The course timeline page's body: every event is in the pre-rendered HTML; after hydration the
 * filters hide the ones that do not match (hidden, not removed, so nothing else moves).
 */
export default function Explorer(): ReactNode {
  const isBrowser = useIsBrowser();
  const lessonLinks = useLessonLinks();
  const { inputs, filters, setInputs } = useTimelineFilters();
  const shown = new Set(EVENTS.filter((event) => matchesFilters(event, filters)).map((event) => event.id));
  const isFiltered = hasActiveFilters(filters) || inputs.from !== '' || inputs.to !== '';

  return (
    <>
      <section aria-labelledby={OVERVIEW_HEADING}>
        <h2 id={OVERVIEW_HEADING} className={pageStyles.sectionHeading}>
          <Translate id="timeline.overview.heading">Overview</Translate>
        </h2>
        <TimelineOverview
          events={EVENTS}
          shown={shown}
          from={filters.from}
          to={filters.to}
          yearBounds={{ from: MIN_YEAR, to: MAX_YEAR }}
          onSelectSpan={({ from, to }) => setInputs({ ...inputs, from: String(from), to: String(to) })}
          onActivate={focusEventItem}
        />
      </section>
      <section aria-labelledby={FILTERS_HEADING} className={pageStyles.filterSection}>
        <h2 id={FILTERS_HEADING} className={pageStyles.sectionHeading}>
          <Translate id="timeline.filters.heading">Filter events</Translate>
        </h2>
        <Filters
          inputs={inputs}
          onChange={setInputs}
          disabled={!isBrowser}
          labelledBy={FILTERS_HEADING}
          minYear={MIN_YEAR}
          maxYear={MAX_YEAR}
        />
      </section>
      <section aria-labelledby={EVENTS_HEADING}>
        <h2 id={EVENTS_HEADING} className={pageStyles.sectionHeading}>
          <Translate id="timeline.events.heading">Events</Translate>
        </h2>
        <div className={pageStyles.toolbar}>
          <p role="status" className={pageStyles.status}>
            {statusText(shown.size, timelineEvents.length)}
          </p>
          <button
            type="button"
            className={pageStyles.clear}
            // aria-disabled rather than disabled: the button keeps focus after it has cleared.
            aria-disabled={!isFiltered}
            disabled={!isBrowser}
            onClick={() => isFiltered && setInputs(EMPTY_INPUTS)}>
            <Translate id="timeline.filters.clear">Clear filters</Translate>
          </button>
        </div>
        <ol className={styles.timeline}>
          {EVENTS.map((event) => (
            <EventItem key={event.id} event={event} isAnchor lessonLinks={lessonLinks} hidden={!shown.has(event.id)} />
          ))}
        </ol>
      </section>
    </>
  );
}
