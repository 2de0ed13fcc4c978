/**
 * The filters in the page's URL: `?category=semiconductors,5g-telecom&from=1980&to=2000&q=huawei`.
 * The URL comes from outside, so reading it keeps only what is valid.
 */
import { isTimelineCategory, normaliseCategories } from './categories';
import { parseYear } from './dates';
import type { TimelineFilters } from './filters';

/** Longest search text kept from a URL; anything longer is cut, not trusted. */
export const MAX_QUERY_LENGTH = 100;

/**
 * Reads the filters from a query string. The URL comes from outside: unknown categories,
 * malformed years and overlong text are dropped, and the text is only ever rendered as text.
 */
export function parseFilters(search: string): TimelineFilters {
  const params = new URLSearchParams(search);
  const categories = normaliseCategories(
    params.getAll('category').flatMap((value) => value.split(',')).map((value) => value.trim()).filter(isTimelineCategory),
  );
  const query = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  const from = parseYear(params.get('from'));
  const to = parseYear(params.get('to'));
  return {
    categories,
    query,
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
  };
}

/** The query string for a set of filters ('' when nothing is filtered), readable in the address bar. */
export function serializeFilters(filters: TimelineFilters): string {
  const parts: string[] = [];
  const categories = normaliseCategories(filters.categories);
  if (categories.length > 0) parts.push(`category=${categories.join(',')}`);
  if (filters.from !== undefined) parts.push(`from=${filters.from}`);
  if (filters.to !== undefined) parts.push(`to=${filters.to}`);
  const query = filters.query.trim();
  if (query !== '') parts.push(`q=${encodeURIComponent(query)}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
