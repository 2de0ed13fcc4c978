/**
 * The deck inside the progress document: its size, its survival through export, reset and import,
 * card-by-card recovery of damaged data, and merging two devices' decks.
 */
import { createProgressStore, emptyProgress, mergeProgress, parseProgressFile, PROGRESS_KEY, recoverProgressText, withAttempt } from '@site/src/lib/progress';
import { encodeCard } from '@site/src/review/card';
import { cardOf, withCard } from '@site/src/review/deck';
import { mergeDecks } from '@site/src/review/merge';
import { withAttemptOutcomes } from '@site/src/review/outcomes';
import { rateCard } from '@site/src/review/scheduler';
import type { ReviewDeck } from '@site/src/review/schema';
import { attemptFor, question } from '../../support/results';

const NO_FUZZ = { isFuzzed: false };
const T0 = Date.parse('2026-11-20T10:00:00.000Z');
const DAY = 86_400_000;

/** A card with some history: missed, then reviewed right a few times. */
function seasonedCard(seed: number) {
  let card = rateCard(null, 'again', T0 - 200 * DAY + seed * 60_000, NO_FUZZ);
  for (let review = 0; review < 1 + (seed % 5); review++) card = rateCard(card, review % 3 === 2 ? 'hard' : 'good', card.dueAt + DAY, NO_FUZZ);
  return card;
}

/**
 * 300 cards over 30 quizzes. Ids are longer than the course's own (quiz ids there are at most 37
 * characters, 20 on average; question ids at most 33, 15 on average), so this errs on the large side.
 */
function deckOf300(): ReviewDeck {
  let deck: ReviewDeck | undefined;
  for (let quiz = 0; quiz < 30; quiz++) {
    for (let q = 0; q < 10; q++) {
      const ref = { quizId: `quiz-about-some-long-topic-${String(quiz).padStart(2, '0')}`, questionId: `question-about-a-thing-${q}` };
      deck = withCard(deck, ref, 'a1b2c3d4', seasonedCard(quiz * 10 + q), T0);
    }
  }
  return deck!;
}

describe('the stored deck', () => {
  it('keeps 300 cards under 24 KB of stored JSON', () => {
    const deck = deckOf300();
    const progress = { ...emptyProgress(), review: deck };
    const store = createProgressStore(() => localStorage);
    store.update(() => progress);
    const stored = localStorage.getItem(PROGRESS_KEY)!;
    const deckBytes = new TextEncoder().encode(JSON.stringify(deck)).length;
    expect(Object.values(deck).flatMap((quiz) => Object.keys(quiz.cards))).toHaveLength(300);
    expect(deckBytes).toBeLessThan(24 * 1024);
    expect(stored.length - JSON.stringify(emptyProgress()).length).toBeLessThan(24 * 1024);
  });

  it('survives export, reset and import unchanged', () => {
    const store = createProgressStore(() => localStorage);
    const attempt = attemptFor('chips', [question('q1', { type: 'single', optionId: 'b' }, false), question('q2', { type: 'single', optionId: 'a' }, true)]);
    store.update((progress) => {
      const withResult = withAttempt(progress, attempt);
      return { ...withResult, review: withAttemptOutcomes(withResult.review, attempt, new Set(['q2']), NO_FUZZ) };
    });
    const before = store.getSnapshot().progress;
    expect(Object.keys(before.review!.chips!.cards)).toEqual(['q1', 'q2']);

    // What "Export progress" writes, "Reset progress" does and "Import" reads (ProgressTransfer).
    const exported = JSON.stringify(before, null, 2);
    store.reset();
    expect(store.getSnapshot().progress.review).toBeUndefined();
    const parsed = parseProgressFile(exported);
    if (!parsed.ok) throw new Error(parsed.reason);
    store.update((current) => mergeProgress(current, parsed.progress));

    expect(store.getSnapshot().progress.review).toEqual(before.review);
    // And it reads back the same after a reload.
    expect(recoverProgressText(localStorage.getItem(PROGRESS_KEY)!).progress.review).toEqual(before.review);
  });

  it('keeps the valid cards of damaged saved data and sets the others aside', () => {
    const good = encodeCard(rateCard(null, 'again', T0, NO_FUZZ));
    const saved = {
      ...emptyProgress(),
      review: {
        chips: { contentHash: 'h1', cards: { q1: good, q2: [1, 2, 3], q3: 'x' } },
        broken: { contentHash: 5, cards: {} },
        'five-g': { contentHash: 'h2', cards: { q9: good } },
      },
    };
    const { progress, quarantined } = recoverProgressText(JSON.stringify(saved));
    expect(progress.review).toEqual({ chips: { contentHash: 'h1', cards: { q1: good } }, 'five-g': { contentHash: 'h2', cards: { q9: good } } });
    expect(quarantined.map((entry) => entry.where)).toEqual([
      'progress.review.chips.cards.q2',
      'progress.review.chips.cards.q3',
      'progress.review.broken',
    ]);
  });

  it('reads a document saved before the deck existed as one without a deck', () => {
    const { progress, quarantined } = recoverProgressText(JSON.stringify(emptyProgress()));
    expect(progress).toEqual(emptyProgress());
    expect(quarantined).toEqual([]);
  });
});

describe('merging two devices’ decks', () => {
  const ref = { quizId: 'chips', questionId: 'q1' };
  const missed = rateCard(null, 'again', T0, NO_FUZZ);
  const laptop = withCard(undefined, ref, 'h1', missed, T0);
  const phone = withCard(undefined, ref, 'h1', rateCard(missed, 'good', T0 + DAY, NO_FUZZ), T0 + DAY);

  it('keeps, per card, the one reviewed last, whichever side it is on', () => {
    expect(cardOf(mergeDecks(laptop, phone), ref)!.reps).toBe(2);
    expect(cardOf(mergeDecks(phone, laptop), ref)!.reps).toBe(2);
  });

  it('keeps cards only one side has', () => {
    const other = withCard(undefined, { quizId: '5g', questionId: 'q7' }, 'h9', missed, T0);
    const merged = mergeDecks(laptop, other)!;
    expect(Object.keys(merged).sort()).toEqual(['5g', 'chips']);
  });

  it('does not mix versions of a quiz: the version reviewed last wins', () => {
    const newer = withCard(undefined, { quizId: 'chips', questionId: 'q2' }, 'h2', rateCard(null, 'again', T0 + 2 * DAY, NO_FUZZ), T0);
    expect(mergeDecks(laptop, newer)!.chips).toEqual(newer.chips);
    expect(mergeDecks(newer, laptop)!.chips).toEqual(newer.chips);
  });

  it('merges through the progress document, and leaves a document without a deck without one', () => {
    expect(mergeProgress({ ...emptyProgress(), review: laptop }, { ...emptyProgress(), review: phone }).review).toEqual(phone);
    expect(mergeProgress(emptyProgress(), emptyProgress())).not.toHaveProperty('review');
  });
});
