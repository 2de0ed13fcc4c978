/**
 * The course's periodisation of its timeline: named eras, each opened by a dated event of the
 * timeline, so that every boundary is a date the fact sheet already checks. Pure: no React.
 */
import { compareDates } from '../dates';
import type { TimelineEvent } from '../schema';
import { dateStart, type YearScale } from './scale';

export interface TimelineEra {
  /** Stable kebab-case id. */
  readonly id: string;
  /** The name readers see on the chart and in the lesson that teaches the eras. */
  readonly name: string;
  /** The id of the timeline event that opens the era; the era runs until the next one opens. */
  readonly opensWith: string;
}

/** An era placed on the axis, with the events of a set that fall in it. */
export interface EraBand {
  readonly id: string;
  readonly name: string;
  /** Years for labels: an era ends in the year the next one begins ('1946–1996', '1996–2017'). */
  readonly firstYear: number;
  readonly lastYear: number;
  /** Where the band begins and ends on the axis, in years with a fraction. */
  readonly start: number;
  readonly end: number;
  /** How many of the given events fall in the era. */
  readonly eventCount: number;
}

type Dated = Pick<TimelineEvent, 'id' | 'date' | 'end'>;

const ERAS_FILE = 'src/data/eras.ts';

/**
 * Places the eras on an axis and counts the events in each. `allEvents` are the timeline's
 * events (where the opening events are looked up); `events` are those to count, which may be a
 * lesson's selection. A wrong id or eras out of order throw a message naming the file and the
 * era: the chart is pre-rendered, so the mistake fails the build, never a reader's page.
 */
export function placeEras(
  eras: readonly TimelineEra[],
  allEvents: readonly Dated[],
  events: readonly Dated[],
  scale: YearScale,
): EraBand[] {
  const openings = eras.map((era) => {
    const event = allEvents.find((candidate) => candidate.id === era.opensWith);
    if (!event) throw new Error(`${ERAS_FILE}: era "${era.id}" opens with unknown event "${era.opensWith}"`);
    return event.date;
  });
  openings.forEach((date, index) => {
    const previous = openings[index - 1];
    if (previous !== undefined && compareDates(previous, date) >= 0) {
      throw new Error(`${ERAS_FILE}: era "${eras[index]!.id}" must open after era "${eras[index - 1]!.id}"`);
    }
  });
  return eras.map((era, index) => {
    const opens = openings[index]!;
    const next = openings[index + 1];
    const eventCount = events.filter(
      (event) => compareDates(event.date, opens) >= 0 && (next === undefined || compareDates(event.date, next) < 0),
    ).length;
    return {
      id: era.id,
      name: era.name,
      firstYear: Math.floor(dateStart(opens)),
      lastYear: next === undefined ? scale.lastYear : Math.floor(dateStart(next)),
      start: dateStart(opens),
      end: next === undefined ? scale.lastYear + 1 : dateStart(next),
      eventCount,
    };
  });
}
