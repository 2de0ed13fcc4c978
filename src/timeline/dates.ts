/**
 * Timeline dates: parsing 'YYYY', 'YYYY-MM' and 'YYYY-MM-DD', ordering events, formatting
 * them for readers. Pure: no React, no DOM, no zod.
 */
import type { TimelineEvent } from './schema';

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
export function formatTimelineDate(value: string): string {
  const { year, month, day } = mustParse(value);
  if (month === undefined) return String(year);
  const name = MONTHS[month - 1]!;
  return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/** One date, or a period: '1 July 1957 – 31 December 1958'. */
export function formatEventDate(event: Pick<TimelineEvent, 'date' | 'end'>): string {
  return event.end === undefined
    ? formatTimelineDate(event.date)
    : `${formatTimelineDate(event.date)} – ${formatTimelineDate(event.end)}`;
}

/** The years an event touches, from its start to its end. */
export function yearSpan(event: Pick<TimelineEvent, 'date' | 'end'>): readonly [number, number] {
  const start = mustParse(event.date).year;
  return [start, event.end === undefined ? start : mustParse(event.end).year];
}

/** A four-digit year, or undefined for anything else. */
export function parseYear(value: string | null | undefined): number | undefined {
  return value != null && /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

export function isInYears(event: TimelineEvent, from?: number, to?: number): boolean {
  const [start, end] = yearSpan(event);
  return (from === undefined || end >= from) && (to === undefined || start <= to);
}
