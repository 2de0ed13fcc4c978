/**
 * The deck as My progress shows it: due today, due this week, retained, and cards due on each of
 * the next 14 days. Days are the learner's local days (`days.ts`).
 */
import { startOfDay } from './days';
import { deckEntries } from './deck';
import type { ReviewDeck } from './schema';

export const FORECAST_DAYS = 14;
/** A card is retained when it has not been answered wrong for this many days. */
export const RETAINED_AFTER_DAYS = 30;

export interface DeckStats {
  readonly total: number;
  /** Due by the end of today, overdue included. */
  readonly dueToday: number;
  /** Due by the end of the 7th day, today included. */
  readonly dueThisWeek: number;
  /** Reviewed cards not answered wrong in the last 30 days. */
  readonly retained: number;
  /** Cards due on each day from today (overdue counted today), `FORECAST_DAYS` days long. */
  readonly forecast: readonly number[];
}

export function deckStats(deck: ReviewDeck | undefined, now: number): DeckStats {
  const cards = deckEntries(deck).map((entry) => entry.card);
  const dayStarts = Array.from({ length: FORECAST_DAYS + 1 }, (_, day) => startOfDay(now, day));
  const forecast = Array.from({ length: FORECAST_DAYS }, (_, day) =>
    cards.filter((card) => (day === 0 || card.dueAt >= dayStarts[day]!) && card.dueAt < dayStarts[day + 1]!).length,
  );
  const missedSince = now - RETAINED_AFTER_DAYS * 86_400_000;
  return {
    total: cards.length,
    dueToday: forecast[0]!,
    dueThisWeek: cards.filter((card) => card.dueAt < dayStarts[7]!).length,
    // A card started afresh (its question changed) has no history yet: not "retained".
    retained: cards.filter((card) => card.lastReviewAt !== null && (card.lastMissedAt === null || card.lastMissedAt < missedSince)).length,
    forecast,
  };
}
