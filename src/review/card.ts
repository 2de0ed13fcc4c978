/**
 * A card as the domain reads it, and its compact stored form (`schema.ts`). Times are epoch
 * milliseconds here; storage keeps whole minutes (whole days for the last miss, which only the
 * 30-day "retained" figure reads), 4 significant digits of stability and 3 of difficulty: far
 * finer than FSRS's own error, and it keeps 300 cards under 24 KB.
 */
import type { StoredCard } from './schema';

/** FSRS's card states, in the order of its `State` enum (the stored number is the index). */
export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardState = (typeof CARD_STATES)[number];

export interface ReviewCard {
  readonly dueAt: number;
  /** Days until recall drops to 90 % (FSRS). 0 for a new card. */
  readonly stability: number;
  /** 1–10 (FSRS); 0 for a new card. */
  readonly difficulty: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: CardState;
  readonly lastReviewAt: number | null;
  /** The last time the question was answered wrong (stored to the day). */
  readonly lastMissedAt: number | null;
}

/** Where a card comes from: a question of a quiz. */
export interface CardRef {
  readonly quizId: string;
  readonly questionId: string;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

const toUnits = (ms: number | null, unit: number): number => (ms === null ? 0 : Math.floor(ms / unit));
const fromUnits = (value: number, unit: number): number | null => (value === 0 ? null : value * unit);
const significant = (value: number, digits: number): number => Number(value.toPrecision(digits));

/** A card that starts afresh: new, due at `now`, with no history. */
export function newCard(now: number): ReviewCard {
  return { dueAt: now, stability: 0, difficulty: 0, reps: 0, lapses: 0, state: 'new', lastReviewAt: null, lastMissedAt: null };
}

export function encodeCard(card: ReviewCard): StoredCard {
  return [
    toUnits(card.dueAt, MINUTE),
    significant(card.stability, 4),
    significant(card.difficulty, 3),
    card.reps,
    card.lapses,
    CARD_STATES.indexOf(card.state),
    toUnits(card.lastReviewAt, MINUTE),
    toUnits(card.lastMissedAt, DAY),
  ];
}

export function decodeCard(stored: StoredCard): ReviewCard {
  const [due, stability, difficulty, reps, lapses, state, lastReview, lastMissed] = stored;
  return {
    dueAt: due * MINUTE,
    stability,
    difficulty,
    reps,
    lapses,
    state: CARD_STATES[state] ?? 'new',
    lastReviewAt: fromUnits(lastReview, MINUTE),
    lastMissedAt: fromUnits(lastMissed, DAY),
  };
}

/** A card is due once its due time has come. */
export function isDue(card: ReviewCard, now: number): boolean {
  return card.dueAt <= now;
}
