/**
 * The events a lesson shows (`<Timeline category="…" from="…" />`), in chronological order.
 */
import type { TimelineCategory } from './categories';
import { isInYears, sortEvents } from './dates';
import type { TimelineEvent } from './schema';

export interface TimelineSelection {
  readonly ids?: readonly string[];
  readonly categories?: readonly TimelineCategory[];
  /** Inclusive years: an event is in range when any part of it falls between them. */
  readonly from?: number;
  readonly to?: number;
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
