/**
 * The timeline page's filters: categories, a period and free text.
 */
import type { TimelineCategory } from './categories';
import { isInYears } from './dates';
import type { TimelineEvent } from './schema';

export interface TimelineFilters {
  /** Empty means every category. */
  readonly categories: readonly TimelineCategory[];
  readonly from?: number;
  readonly to?: number;
  /** Free text, matched against title and summary. */
  readonly query: string;
}

export const NO_FILTERS: TimelineFilters = { categories: [], query: '' };

export function hasActiveFilters(filters: TimelineFilters): boolean {
  return (
    filters.categories.length > 0 ||
    filters.from !== undefined ||
    filters.to !== undefined ||
    filters.query.trim() !== ''
  );
}

/** Lower case, no accents, straight apostrophes: 'Détente’s' → "detente's". */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}

/** True when every word of the query occurs in the event's title or summary. */
export function matchesQuery(event: Pick<TimelineEvent, 'title' | 'summary'>, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldForSearch(`${event.title} ${event.summary}`);
  return words.every((word) => haystack.includes(word));
}

export function matchesFilters(event: TimelineEvent, filters: TimelineFilters): boolean {
  return (
    (filters.categories.length === 0 || filters.categories.includes(event.category)) &&
    isInYears(event, filters.from, filters.to) &&
    matchesQuery(event, filters.query)
  );
}

export function filterEvents<T extends TimelineEvent>(events: readonly T[], filters: TimelineFilters): T[] {
  return events.filter((event) => matchesFilters(event, filters));
}
