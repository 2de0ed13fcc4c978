/**
 * Where things sit on the overview's year axis. Positions are in years with a fraction
 * (1 July 1957 ≈ 1957.5) and, on the chart, fractions of its width (0 at the left edge, 1 at the
 * right), so the chart can be drawn at any width. Pure: no React, no DOM.
 */
import { firstDay, lastDay, yearSpan } from '../dates';
import type { TimelineEvent } from '../schema';

/**
 * The axis always opens in 1945: Mung Chiang dates science diplomacy from the Second World War,
 * and lessons that show a few events still see them against the whole post-war period.
 */
export const AXIS_FIRST_YEAR = 1945;

/** The axis runs from the start of `firstYear` to the end of `lastYear`. */
export interface YearScale {
  readonly firstYear: number;
  readonly lastYear: number;
}

type Dated = Pick<TimelineEvent, 'date' | 'end'>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A 'YYYY-MM-DD' day as a year with a fraction; 'end' means the end of that day. */
function dayAsYear(day: string, edge: 'start' | 'end'): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const yearStart = Date.UTC(year, 0, 1);
  const yearLength = Date.UTC(year + 1, 0, 1) - yearStart;
  const time = Date.UTC(year, month - 1, date) + (edge === 'end' ? DAY_MS : 0);
  return year + (time - yearStart) / yearLength;
}

/** The moment a date (as precise as it is: '1987', '1987-02', '1987-02-01') begins. */
export function dateStart(date: string): number {
  return dayAsYear(firstDay(date), 'start');
}

/**
 * Where an event's mark begins and ends. A single date sits in the middle of the time it may
 * mean ('1987' mid-1987, '1947-12' mid-December), rather than pretending it was on 1 January; a
 * period runs from the start of its first date to the end of its last.
 */
export function eventExtent(event: Dated): readonly [number, number] {
  const start = dateStart(event.date);
  const end = dayAsYear(lastDay(event.end ?? event.date), 'end');
  if (event.end !== undefined) return [start, end];
  const middle = (start + end) / 2;
  return [middle, middle];
}

/** The axis for a set of events: from 1945 to the end of the year of the latest event. */
export function scaleFor(events: readonly Dated[]): YearScale {
  const lastYear = Math.max(AXIS_FIRST_YEAR, ...events.map((event) => yearSpan(event)[1]));
  return { firstYear: AXIS_FIRST_YEAR, lastYear };
}

function clampFraction(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** The position of a year (with its fraction) across the chart, from 0 to 1. */
export function toFraction(scale: YearScale, year: number): number {
  return clampFraction((year - scale.firstYear) / (scale.lastYear + 1 - scale.firstYear));
}

/** The year (with its fraction) at a position across the chart. */
export function fromFraction(scale: YearScale, fraction: number): number {
  return scale.firstYear + clampFraction(fraction) * (scale.lastYear + 1 - scale.firstYear);
}

/** Every decade on the axis (1950, 1960 … 2020), for grid lines and labels. */
export function decadeTicks(scale: YearScale): number[] {
  const ticks: number[] = [];
  for (let year = Math.ceil(scale.firstYear / 10) * 10; year <= scale.lastYear; year += 10) ticks.push(year);
  return ticks;
}

export interface YearSpan {
  readonly from: number;
  readonly to: number;
}

/**
 * The whole years a span dragged across the chart covers, in order whichever way it was dragged,
 * and kept inside the years the filters accept (so the year inputs never show an invalid value).
 */
export function spanToYears(scale: YearScale, a: number, b: number, bounds: YearSpan): YearSpan {
  const clampYear = (year: number) => Math.min(bounds.to, Math.max(bounds.from, year));
  const [low, high] = a <= b ? [a, b] : [b, a];
  // The right edge is the end of the last year, not the start of the next one.
  const from = clampYear(Math.floor(fromFraction(scale, low)));
  const to = clampYear(Math.ceil(fromFraction(scale, high)) - 1);
  return { from, to: Math.max(from, to) };
}

/**
 * The part of the chart a period filter covers, as fractions, or null when there is no period or
 * it is empty (from after to). An open end runs to the edge of the axis.
 */
export function periodExtent(
  scale: YearScale,
  from: number | undefined,
  to: number | undefined,
): readonly [number, number] | null {
  if (from === undefined && to === undefined) return null;
  const start = toFraction(scale, from ?? scale.firstYear);
  const end = toFraction(scale, (to ?? scale.lastYear) + 1);
  return start < end ? [start, end] : null;
}
