/**
 * Scheduling with FSRS (ts-fsrs, pinned at 5.4.2: FSRS-6 with its default weights and 90 %
 * requested retention). The only module that imports ts-fsrs, so pages that merely count due
 * cards (the navbar, the landing page) never load it.
 *
 * Two choices of ours on top of FSRS:
 * - No (re)learning steps. FSRS's default steps re-ask a card after 1 and 10 minutes, which
 *   suits a flashcard app opened many times a day, not a course visited once a day; without
 *   steps FSRS schedules every rating in days ("managed by FSRS", as ts-fsrs documents it).
 * - "Again" makes the card due at once (FSRS would say tomorrow): a missed question waits in the
 *   deck, ready to be asked again, instead of vanishing until the next day. FSRS's memory state
 *   (stability, difficulty, lapses) is still the one it computes, and the next review measures
 *   the elapsed time from this one, so the model is unaffected.
 */
import { createEmptyCard, fsrs, Rating, type Card, type FSRS, type Grade } from 'ts-fsrs';
import { CARD_STATES, type ReviewCard } from './card';
import type { ReviewRating } from './rating';

export interface SchedulerOptions {
  /**
   * FSRS's fuzz spreads intervals of 3 days or more by a few per cent, so that cards missed on
   * the same day do not all come back on the same day. Tests turn it off to compare dates.
   */
  readonly isFuzzed: boolean;
}

export const DEFAULT_SCHEDULER_OPTIONS: SchedulerOptions = { isFuzzed: true };

const GRADES: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const schedulers = new Map<boolean, FSRS>();

/** The FSRS instance for these options (ts-fsrs checks its parameters once, so keep one each). */
export function schedulerFor({ isFuzzed }: SchedulerOptions): FSRS {
  let scheduler = schedulers.get(isFuzzed);
  if (!scheduler) {
    scheduler = fsrs({ enable_fuzz: isFuzzed, learning_steps: [], relearning_steps: [] });
    schedulers.set(isFuzzed, scheduler);
  }
  return scheduler;
}

function toFsrsCard(card: ReviewCard): Card {
  const scheduledDays = card.lastReviewAt === null ? 0 : Math.max(0, Math.round((card.dueAt - card.lastReviewAt) / 86_400_000));
  return {
    due: new Date(card.dueAt),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: scheduledDays,
    learning_steps: 0,
    reps: card.reps,
    lapses: card.lapses,
    state: CARD_STATES.indexOf(card.state),
    ...(card.lastReviewAt === null ? {} : { last_review: new Date(card.lastReviewAt) }),
  };
}

/** The card after a review at `now` with `rating`; `null` stands for a question not yet in the deck. */
export function rateCard(
  card: ReviewCard | null,
  rating: ReviewRating,
  now: number,
  options: SchedulerOptions = DEFAULT_SCHEDULER_OPTIONS,
): ReviewCard {
  const at = new Date(now);
  const before = card ? toFsrsCard(card) : createEmptyCard(at);
  const { card: after } = schedulerFor(options).next(before, at, GRADES[rating]);
  const isMissed = rating === 'again';
  return {
    dueAt: isMissed ? now : after.due.getTime(),
    stability: after.stability,
    difficulty: after.difficulty,
    reps: after.reps,
    lapses: after.lapses,
    state: CARD_STATES[after.state] ?? 'review',
    lastReviewAt: now,
    lastMissedAt: isMissed ? now : (card?.lastMissedAt ?? null),
  };
}
