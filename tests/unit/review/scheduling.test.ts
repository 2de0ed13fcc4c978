/**
 * The deck's scheduling, on a fake clock: times are passed in explicitly (the domain never reads
 * the clock), and FSRS's fuzz is off so dates can be compared.
 */
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { cardOf } from '@site/src/review/deck';
import { countDue } from '@site/src/review/due';
import { withAttemptOutcomes } from '@site/src/review/outcomes';
import { canMarkEasy, ratingOf } from '@site/src/review/rating';
import { rateCard } from '@site/src/review/scheduler';
import { attemptFor, question } from '../../support/results';

const NO_FUZZ = { isFuzzed: false };
const SUBMITTED = '2026-11-20T10:00:00.000Z';
const T0 = Date.parse(SUBMITTED);
const DAY = 86_400_000;
const wrong = question('q1', { type: 'single', optionId: 'b' }, false);
const right = (id: string) => question(id, { type: 'single', optionId: 'a' }, true);

/** ts-fsrs itself, configured as the course configures it, for the expected dates. */
const reference = fsrs({ enable_fuzz: false, learning_steps: [], relearning_steps: [] });

describe('rating an answer', () => {
  it.each([
    [{ isCorrect: false, isHelped: false }, 'again'],
    [{ isCorrect: false, isHelped: true }, 'again'],
    [{ isCorrect: true, isHelped: true }, 'hard'],
    [{ isCorrect: true, isHelped: false }, 'good'],
  ] as const)('maps %o to %s', (outcome, rating) => {
    expect(ratingOf(outcome)).toBe(rating);
  });

  it('offers "easy" only after a right answer given without help', () => {
    expect(canMarkEasy({ isCorrect: true, isHelped: false })).toBe(true);
    expect(canMarkEasy({ isCorrect: true, isHelped: true })).toBe(false);
    expect(canMarkEasy({ isCorrect: false, isHelped: false })).toBe(false);
  });
});

describe('a lesson quiz feeds the deck', () => {
  it('makes a card due at once for a wrong answer', () => {
    const deck = withAttemptOutcomes(undefined, attemptFor('chips', [wrong, right('q2')], SUBMITTED), new Set(), NO_FUZZ);
    const card = cardOf(deck, { quizId: 'chips', questionId: 'q1' })!;
    expect(card.dueAt).toBe(T0);
    expect(countDue(deck, T0)).toBe(1);
    // Kept to the day: only the 30-day "retained" figure reads it.
    expect(card.lastMissedAt).toBe(Date.parse('2026-11-20T00:00:00.000Z'));
  });

  it('leaves a question answered right without help out of the deck', () => {
    const deck = withAttemptOutcomes(undefined, attemptFor('chips', [right('q2')], SUBMITTED), new Set(), NO_FUZZ);
    expect(cardOf(deck, { quizId: 'chips', questionId: 'q2' })).toBeNull();
  });

  it('adds a question answered right only with help, as "hard": due on the day FSRS gives for hard', () => {
    const deck = withAttemptOutcomes(undefined, attemptFor('chips', [right('q2')], SUBMITTED), new Set(['q2']), NO_FUZZ);
    const card = cardOf(deck, { quizId: 'chips', questionId: 'q2' })!;
    const expected = reference.next(createEmptyCard(new Date(T0)), new Date(T0), Rating.Hard).card;
    expect(card.dueAt).toBe(expected.due.getTime());
    expect(card.dueAt).toBe(T0 + 1 * DAY);
    expect(countDue(deck, T0)).toBe(0);
  });

  it('reviews a card already in the deck with any answer: right counts as "good"', () => {
    const missed = withAttemptOutcomes(undefined, attemptFor('chips', [wrong], SUBMITTED), new Set(), NO_FUZZ);
    const nextDay = '2026-11-21T10:00:00.000Z';
    const deck = withAttemptOutcomes(missed, attemptFor('chips', [right('q1')], nextDay), new Set(), NO_FUZZ);
    const card = cardOf(deck, { quizId: 'chips', questionId: 'q1' })!;
    expect(card.reps).toBe(2);
    expect(card.dueAt).toBeGreaterThan(Date.parse(nextDay));
  });
});

describe('reviewing a card', () => {
  it('after "good", is due on the date FSRS gives', () => {
    const first = rateCard(null, 'again', T0, NO_FUZZ);
    const reviewedAt = T0 + DAY;
    const after = rateCard(first, 'good', reviewedAt, NO_FUZZ);

    const fsrsFirst = reference.next(createEmptyCard(new Date(T0)), new Date(T0), Rating.Again).card;
    const fsrsAfter = reference.next(fsrsFirst, new Date(reviewedAt), Rating.Good).card;
    expect(new Date(after.dueAt)).toEqual(fsrsAfter.due);
    expect(after.stability).toBeCloseTo(fsrsAfter.stability, 6);
    expect(after.difficulty).toBeCloseTo(fsrsAfter.difficulty, 6);
    expect(after.dueAt).toBeGreaterThan(reviewedAt + DAY);
  });

  it('after "good" on a card it has never seen, is due in 2 days (FSRS-6 defaults)', () => {
    expect(rateCard(null, 'good', T0, NO_FUZZ).dueAt).toBe(T0 + 2 * DAY);
  });

  it('after "again", is due at once and counts a lapse once the card was learnt', () => {
    const learnt = rateCard(rateCard(null, 'good', T0, NO_FUZZ), 'good', T0 + 2 * DAY, NO_FUZZ);
    const forgotten = rateCard(learnt, 'again', learnt.dueAt, NO_FUZZ);
    expect(forgotten.dueAt).toBe(learnt.dueAt);
    expect(forgotten.lapses).toBe(1);
    expect(forgotten.lastMissedAt).toBe(learnt.dueAt);
  });

  it('spaces "easy" further than "good", and "good" further than "hard"', () => {
    const base = rateCard(null, 'again', T0, NO_FUZZ);
    const at = T0 + DAY;
    const [hard, good, easy] = (['hard', 'good', 'easy'] as const).map((rating) => rateCard(base, rating, at, NO_FUZZ).dueAt);
    expect(hard).toBeLessThan(good!);
    expect(good).toBeLessThan(easy!);
  });

  it('with fuzz on (as learners have it), stays within a few days of the unfuzzed date', () => {
    let card = rateCard(null, 'good', T0);
    let plain = rateCard(null, 'good', T0, NO_FUZZ);
    for (let review = 0; review < 4; review++) {
      card = rateCard(card, 'good', card.dueAt);
      plain = rateCard(plain, 'good', plain.dueAt, NO_FUZZ);
    }
    expect(Math.abs(card.dueAt - plain.dueAt)).toBeLessThan(0.2 * (plain.dueAt - T0));
  });
});
