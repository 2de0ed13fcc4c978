import { yearSpan } from '../dates';
import type { TimelineEvent } from '../schema';
import { laneCategories } from './lanes';

/** What a chart's text alternative says about a set of events: how many, when, and where most fall. */
export interface EventsSummary {
  readonly count: number;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly categoryCount: number;
  /** The decade with the most events (1950 for the 1950s); the earliest of a tie. */
  readonly busiestDecade: number;
  readonly busiestDecadeCount: number;
}

export function summariseEvents(events: readonly Pick<TimelineEvent, 'date' | 'end' | 'category'>[]): EventsSummary {
  if (events.length === 0) throw new Error('summariseEvents: no events to summarise');
  const starts = events.map((event) => yearSpan(event)[0]);
  const ends = events.map((event) => yearSpan(event)[1]);
  const perDecade = new Map<number, number>();
  for (const year of starts) {
    const decade = Math.floor(year / 10) * 10;
    perDecade.set(decade, (perDecade.get(decade) ?? 0) + 1);
  }
  const [busiestDecade, busiestDecadeCount] = [...perDecade].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!;
  return {
    count: events.length,
    firstYear: Math.min(...starts),
    lastYear: Math.max(...ends),
    categoryCount: laneCategories(events).length,
    busiestDecade,
    busiestDecadeCount,
  };
}
