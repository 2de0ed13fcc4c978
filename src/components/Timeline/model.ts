/**
 * Pure logic of the timeline: dates, ordering, selection, filtering and the filters' URL form.
 * No React, no DOM, no zod: the view and the build-time validator both call these functions.
 */
import { TIMELINE_CATEGORIES, isTimelineCategory, type TimelineCategory } from './categories';
import type { TimelineEvent } from './schema';

// ---------------------------------------------------------------------------------------------
// Dates

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': as precise as the source allows, no more. */
export const TIMELINE_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export interface TimelineDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC: no time-zone drift).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a timeline date, or returns null when it is malformed or not in the calendar. */
export function parseTimelineDate(value: string): TimelineDate | null {
  const match = TIMELINE_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  return day <= daysInMonth(year, month) ? { year, month, day } : null;
}

export function isCalendarDate(value: string): boolean {
  return parseTimelineDate(value) !== null;
}

function mustParse(value: string): TimelineDate {
  const date = parseTimelineDate(value);
  if (!date) throw new Error(`Not a timeline date: "${value}"`);
  return date;
}

/**
 * Orders two dates by their start. A less precise date sorts before a more precise one in the
 * same period: '1987' < '1987-02' < '1987-02-01'. The year-only event may have happened later
 * in that year, but we do not know, so it opens the period it covers instead of guessing.
 */
export function compareDates(a: string, b: string): number {
  const x = mustParse(a);
  const y = mustParse(b);
  if (x.year !== y.year) return x.year - y.year;
  if (x.month !== y.month) return (x.month ?? 0) - (y.month ?? 0);
  return (x.day ?? 0) - (y.day ?? 0);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The first day a date may mean, as 'YYYY-MM-DD' ('1987-02' → '1987-02-01'). */
export function firstDay(value: string): string {
  const { year, month = 1, day = 1 } = mustParse(value);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The last day a date may mean, as 'YYYY-MM-DD' ('1987-02' → '1987-02-28'). */
export function lastDay(value: string): string {
  const { year, month = 12, day } = mustParse(value);
  return `${year}-${pad(month)}-${pad(day ?? daysInMonth(year, month))}`;
}

/** True when a period's end lies wholly before its start (an end equal to the start is allowed). */
export function endsBeforeStart(date: string, end: string): boolean {
  return lastDay(end) < firstDay(date);
}

type Dated = Pick<TimelineEvent, 'id' | 'date' | 'end'>;

/** Chronological order: by start (see compareDates), then single dates before periods, then id. */
export function compareEvents(a: Dated, b: Dated): number {
  return (
    compareDates(a.date, b.date) ||
    (a.end === undefined ? 0 : 1) - (b.end === undefined ? 0 : 1) ||
    (a.end !== undefined && b.end !== undefined ? compareDates(a.end, b.end) : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function sortEvents<T extends Dated>(events: readonly T[]): T[] {
  return [...events].sort(compareEvents);
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** '2018-08-23' → '23 August 2018', '1947-12' → 'December 1947', '1987' → '1987'. */
export function formatDate(value: string): string {
  const { year, month, day } = mustParse(value);
  if (month === undefined) return String(year);
  const name = MONTHS[month - 1]!;
  return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/** One date, or a period: '1 July 1957 – 31 December 1958'. */
export function formatEventDate(event: Pick<TimelineEvent, 'date' | 'end'>): string {
  return event.end === undefined
    ? formatDate(event.date)
    : `${formatDate(event.date)} – ${formatDate(event.end)}`;
}

/** The years an event touches, from its start to its end. */
export function yearSpan(event: Pick<TimelineEvent, 'date' | 'end'>): readonly [number, number] {
  const start = mustParse(event.date).year;
  return [start, event.end === undefined ? start : mustParse(event.end).year];
}

// ---------------------------------------------------------------------------------------------
// Selection (lessons) and filtering (the timeline page)

export interface TimelineSelection {
  readonly ids?: readonly string[];
  readonly categories?: readonly TimelineCategory[];
  /** Inclusive years: an event is in range when any part of it falls between them. */
  readonly from?: number;
  readonly to?: number;
}

function isInYears(event: TimelineEvent, from?: number, to?: number): boolean {
  const [start, end] = yearSpan(event);
  return (from === undefined || end >= from) && (to === undefined || start <= to);
}

/** The events a lesson asks for, in chronological order. Unset criteria select everything. */
export function selectEvents<T extends TimelineEvent>(
  events: readonly T[],
  { ids, categories, from, to }: TimelineSelection,
): T[] {
  const wanted = ids && new Set(ids);
  return sortEvents(
    events.filter(
      (event) =>
        (!wanted || wanted.has(event.id)) &&
        (!categories?.length || categories.includes(event.category)) &&
        isInYears(event, from, to),
    ),
  );
}

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
export function normaliseText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}

/** True when every word of the query occurs in the event's title or summary. */
export function matchesQuery(event: Pick<TimelineEvent, 'title' | 'summary'>, query: string): boolean {
  const words = normaliseText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normaliseText(`${event.title} ${event.summary}`);
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

// ---------------------------------------------------------------------------------------------
// Filters in the URL: `?category=semiconductors,5g-telecom&from=1980&to=2000&q=huawei`

/** Longest search text kept from a URL; anything longer is cut, not trusted. */
export const MAX_QUERY_LENGTH = 100;

/** A four-digit year, or undefined for anything else. */
export function parseYear(value: string | null | undefined): number | undefined {
  return value != null && /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

/** Keeps known categories, once each, in the canonical order. */
export function normaliseCategories(values: readonly string[]): TimelineCategory[] {
  return TIMELINE_CATEGORIES.filter((category) => values.includes(category));
}

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

// ---------------------------------------------------------------------------------------------
// The MDX component's props, as authors write them: `<Timeline category="semiconductors" from="1986" />`

export interface TimelineSelectionProps {
  readonly ids?: readonly string[];
  readonly category?: string | readonly string[];
  readonly from?: string;
  readonly to?: string;
}

/**
 * Turns an author's props into a selection, or throws a message the author can act on. The
 * throw happens while the page is pre-rendered, so a typo fails the build, never a reader's page.
 */
export function resolveSelection(
  props: TimelineSelectionProps,
  knownIds: readonly string[],
): TimelineSelection {
  const problems: string[] = [];
  const categories = props.category === undefined ? [] : [props.category].flat();
  for (const category of categories) {
    if (!isTimelineCategory(category)) {
      problems.push(`unknown category "${category}" (use one of: ${TIMELINE_CATEGORIES.join(', ')})`);
    }
  }
  for (const id of props.ids ?? []) {
    if (!knownIds.includes(id)) problems.push(`unknown event id "${id}"`);
  }
  const years = { from: props.from, to: props.to };
  for (const [name, value] of Object.entries(years)) {
    if (value !== undefined && parseYear(value) === undefined) {
      problems.push(`${name}="${value}" is not a four-digit year`);
    }
  }
  if (problems.length > 0) throw new Error(`<Timeline>: ${problems.join('; ')}`);
  const from = parseYear(props.from);
  const to = parseYear(props.to);
  return {
    ...(props.ids && { ids: props.ids }),
    categories: normaliseCategories(categories),
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
  };
}

// ---------------------------------------------------------------------------------------------
// The page's form: what the reader has typed, which may not be a valid year yet

export interface FilterInputs {
  readonly categories: readonly TimelineCategory[];
  readonly from: string;
  readonly to: string;
  readonly query: string;
}

export const EMPTY_INPUTS: FilterInputs = { categories: [], from: '', to: '', query: '' };

/** Half-typed years ('19') filter nothing until they are four digits. */
export function filtersFromInputs(inputs: FilterInputs): TimelineFilters {
  const from = parseYear(inputs.from);
  const to = parseYear(inputs.to);
  return {
    categories: normaliseCategories(inputs.categories),
    query: inputs.query,
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
  };
}

export function inputsFromFilters(filters: TimelineFilters): FilterInputs {
  return {
    categories: filters.categories,
    from: filters.from === undefined ? '' : String(filters.from),
    to: filters.to === undefined ? '' : String(filters.to),
    query: filters.query,
  };
}

export function toggleCategory(
  categories: readonly TimelineCategory[],
  category: TimelineCategory,
): TimelineCategory[] {
  return categories.includes(category)
    ? categories.filter((c) => c !== category)
    : normaliseCategories([...categories, category]);
}
