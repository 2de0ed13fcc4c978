/**
 * Builds a quiz ordering question ("put these events in order") from timeline event ids, so
 * the titles and dates come from the one timeline data module and never drift from it.
 * Used in `*.quiz.ts` files:
 *
 *   import { orderingFromTimeline } from './orderingQuestion';
 *   orderingFromTimeline({ id: 'chip-diplomacy-order', prompt: 'Put these in order.',
 *     eventIds: ['us-japan-semiconductor-agreement', 'tsmc-founded', 'chips-and-science-act'] })
 *
 * Types only from the schemas: this module reaches lesson pages, zod must not.
 */
import type { QuestionOf } from '../quiz/schema';
import { timelineEvents, type TimelineEventId } from '../data/timeline';
import type { TimelineEvent } from './schema';
import { compareEvents, firstDay, formatEventDate, lastDay } from './dates';

export type OrderingQuestion = QuestionOf<'ordering'>;

export interface OrderingFromTimelineOptions {
  readonly id: string;
  readonly prompt: string;
  /** In any order: the question lists them chronologically and the quiz shuffles them. */
  readonly eventIds: readonly (TimelineEventId | (string & {}))[];
  readonly explanation?: string;
  readonly hint?: string;
}

const MIN_ITEMS = 3;

export function orderingFromTimeline(
  { id, prompt, eventIds, explanation, hint }: OrderingFromTimelineOptions,
  events: readonly TimelineEvent[] = timelineEvents,
): OrderingQuestion {
  const byId = new Map(events.map((event) => [event.id, event]));
  const unknown = eventIds.filter((eventId) => !byId.has(eventId));
  if (unknown.length > 0) {
    throw new Error(
      `orderingFromTimeline("${id}"): unknown timeline event id(s): ${unknown.map((u) => `"${u}"`).join(', ')} (see src/data/timeline.ts)`,
    );
  }
  const repeated = eventIds.filter((eventId, index) => eventIds.indexOf(eventId) !== index);
  if (repeated.length > 0) {
    throw new Error(`orderingFromTimeline("${id}"): event id(s) given twice: ${repeated.join(', ')}`);
  }
  if (eventIds.length < MIN_ITEMS) {
    throw new Error(`orderingFromTimeline("${id}"): an ordering question needs at least ${MIN_ITEMS} events`);
  }
  const ordered = eventIds.map((eventId) => byId.get(eventId)!).sort(compareEvents);
  for (let i = 1; i < ordered.length; i += 1) {
    // '1987' and '1987-02' (or two events on one day) have no certain order: the question
    // would mark a learner wrong for an order the sources cannot settle.
    const [earlier, later] = [ordered[i - 1]!, ordered[i]!];
    if (lastDay(earlier.date) >= firstDay(later.date)) {
      throw new Error(
        `orderingFromTimeline("${id}"): "${earlier.id}" (${earlier.date}) and "${later.id}" (${later.date}) cannot be put in a certain order`,
      );
    }
  }
  return {
    id,
    type: 'ordering',
    prompt,
    ...(hint !== undefined && { hint }),
    ...(explanation !== undefined && { explanation }),
    items: ordered.map((event) => ({
      id: event.id,
      text: event.title,
      explanation: `${formatEventDate(event)}: ${event.summary}`,
    })),
  };
}
