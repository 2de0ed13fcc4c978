import { memo, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type { TimelineEvent } from '@site/src/timeline/schema';
import type { TimelineLessonLinks } from '@site/src/timeline/lessonLinks';
import { formatTimelineDate } from '@site/src/timeline/dates';
import { categoryLabel } from './labels';
import styles from './styles.module.css';

export interface Props {
  readonly event: TimelineEvent;
  /** On the course timeline page: the event's id becomes its anchor (`/timeline#cern-founded`). */
  readonly isAnchor?: boolean;
  /** Lessons to link to; omitted inside a lesson, where the reader already is in one. */
  readonly lessonLinks?: TimelineLessonLinks;
  /** Hidden by the page's filters. Hidden rather than removed, so the list never re-renders its layout. */
  readonly hidden?: boolean;
}

function EventDate({ date, end }: Pick<TimelineEvent, 'date' | 'end'>): ReactNode {
  if (end === undefined) return <time dateTime={date}>{formatTimelineDate(date)}</time>;
  return (
    <>
      <time dateTime={date}>{formatTimelineDate(date)}</time> – <time dateTime={end}>{formatTimelineDate(end)}</time>
    </>
  );
}

/** One event: its title as an h3 (lessons own h1/h2), date, category, summary and links. */
function EventItem({ event, isAnchor = false, lessonLinks, hidden = false }: Props): ReactNode {
  const brokenLinks = useBrokenLinks();
  // Plain ids are invisible to Docusaurus' broken-anchor check; register them so links to
  // `/timeline#event-id` from lessons are verified at build time.
  if (isAnchor) brokenLinks.collectAnchor(event.id);
  const lessons = lessonLinks ? event.lessons : [];

  return (
    <li className={styles.event} id={isAnchor ? event.id : undefined} hidden={hidden}>
      <h3 className={styles.title}>{event.title}</h3>
      <p className={styles.meta}>
        <span className={styles.date}>
          <EventDate date={event.date} end={event.end} />
        </span>
        <span className={styles.category}>{categoryLabel(event.category)}</span>
      </p>
      <p className={styles.summary}>{event.summary}</p>
      <div className={styles.links}>
        <span className={styles.linksLabel}>
          <Translate id="timeline.event.sources">Sources:</Translate>
        </span>
        <ul className={styles.inlineList}>
          {event.sources.map((source) => (
            <li key={source.url + source.title}>
              <a href={source.url} rel="noopener noreferrer">
                {source.title}
              </a>
            </li>
          ))}
        </ul>
      </div>
      {lessons.length > 0 && (
        <div className={styles.links}>
          <span className={styles.linksLabel}>
            <Translate id="timeline.event.lessons">Lessons:</Translate>
          </span>
          <ul className={styles.inlineList}>
            {lessons.map((id) => {
              const lesson = lessonLinks?.[id];
              return (
                <li key={id}>
                  <Link to={lesson?.permalink ?? `/course/${id}`}>{lesson?.title ?? id}</Link>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </li>
  );
}

// Memoised: the timeline page re-renders after hydration and on every filter change, and only an
// event whose `hidden` flag changed needs to render again (the page lists every event).
export default memo(EventItem);
