/**
 * Timeline events as search records of their own: each is a result that opens the course
 * timeline at the event (`/timeline#cern-founded`), rather than one long timeline page.
 * Pure, and imported by the build (plugins/search-index), so imports are relative.
 */
import { formatEventDate } from '../timeline/dates';
import type { TimelineEvent } from '../timeline/schema';

/** Pagefind's custom record, as its Node API takes it. */
export interface SearchRecord {
  /** Site-relative, without the base URL: the browser adds it (src/search/routes.ts). */
  readonly url: string;
  readonly content: string;
  readonly language: string;
  readonly meta: Readonly<Record<string, string>>;
}

export function timelineEventRecord(event: TimelineEvent): SearchRecord {
  const date = formatEventDate(event);
  return {
    url: `/timeline#${event.id}`,
    // The date is searchable too: "1996" finds what happened that year.
    content: `${event.title}. ${date}. ${event.summary}`,
    language: 'en',
    meta: { title: event.title, kind: 'timeline', date },
  };
}
