/** The deck on My progress: due today, this week, retained, and the 14-day forecast (TZ=UTC). */
import { withCard } from '@site/src/review/deck';
import { rateCard } from '@site/src/review/scheduler';
import { deckStats } from '@site/src/review/stats';
import { countDue, nextDue } from '@site/src/review/due';
import { newCard, type ReviewCard } from '@site/src/review/card';

const NOW = Date.parse('2026-11-20T10:00:00.000Z');
const DAY = 86_400_000;

function card(dueAt: number, lastMissedAt: number | null): ReviewCard {
  return { ...rateCard(null, 'good', NOW - 40 * DAY, { isFuzzed: false }), dueAt, lastMissedAt };
}

function deckOf(cards: ReviewCard[]) {
  return cards.reduce<ReturnType<typeof withCard> | undefined>((deck, c, i) => withCard(deck, { quizId: 'quiz', questionId: `q${i}` }, 'h', c, NOW), undefined);
}

describe('deck figures', () => {
  const deck = deckOf([
    card(NOW - 3 * DAY, NOW - 3 * DAY), // overdue, missed recently
    card(NOW + 6 * 3_600_000, null), // later today (16:00)
    card(NOW + 1 * DAY, NOW - 31 * DAY), // tomorrow, missed long ago
    card(NOW + 6 * DAY, null), // in 6 days
    card(NOW + 7 * DAY, null), // in 7 days: next week
    card(NOW + 20 * DAY, null), // beyond the forecast
    newCard(NOW), // started afresh: due now, never reviewed
  ]);

  it('counts due today (overdue included), due this week and retained', () => {
    const stats = deckStats(deck, NOW);
    expect(stats.total).toBe(7);
    expect(stats.dueToday).toBe(3);
    expect(stats.dueThisWeek).toBe(5);
    // Not the one missed 3 days ago, not the never-reviewed one.
    expect(stats.retained).toBe(5);
  });

  it('forecasts the next 14 days, overdue counted today', () => {
    expect(deckStats(deck, NOW).forecast).toEqual([3, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0]);
  });

  it('counts what is due now, and says when the next cards fall due', () => {
    expect(countDue(deck, NOW)).toBe(2);
    expect(nextDue(deck, NOW)).toEqual({ at: NOW + 6 * 3_600_000, count: 1 });
    expect(nextDue(undefined, NOW)).toBeNull();
    expect(countDue(undefined, NOW)).toBe(0);
  });
});
