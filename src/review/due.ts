/**
 * Which cards are due, from the stored deck alone: the navbar count and the landing page use
 * this with no quiz data and without loading the scheduler.
 */
import { isDue } from './card';
import { startOfDay } from './days';
import { deckEntries, type DeckEntry } from './deck';
import type { ReviewDeck } from './schema';

/** Due cards, the longest-waiting first. */
export function dueEntries(deck: ReviewDeck | undefined, now: number): DeckEntry[] {
  return deckEntries(deck)
    .filter((entry) => isDue(entry.card, now))
    .sort((a, b) => a.card.dueAt - b.card.dueAt);
}

export function countDue(deck: ReviewDeck | undefined, now: number): number {
  return deckEntries(deck).filter((entry) => isDue(entry.card, now)).length;
}

/**
 * When the next card that is not yet due falls due, and how many fall due on that day;
 * null when no card is waiting.
 */
export function nextDue(deck: ReviewDeck | undefined, now: number): { readonly at: number; readonly count: number } | null {
  const later = deckEntries(deck)
    .map((entry) => entry.card.dueAt)
    .filter((at) => at > now);
  if (later.length === 0) return null;
  const at = Math.min(...later);
  const dayEnd = startOfDay(at, 1);
  return { at, count: later.filter((due) => due < dayEnd).length };
}
