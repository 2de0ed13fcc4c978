/** Cards and the quiz data the site has now: changed questions start afresh, removed ones go. */
import type { Quiz } from '@site/src/quiz/schema';
import { quizContentHash } from '@site/src/quiz/contentHash';
import { cardOf, withCard } from '@site/src/review/deck';
import { reconcileDeck } from '@site/src/review/reconcile';
import { withAttemptOutcomes } from '@site/src/review/outcomes';
import { rateCard } from '@site/src/review/scheduler';
import { sampleQuiz } from '../quiz/fixtures';
import { attemptFor, question } from '../../support/results';

const NO_FUZZ = { isFuzzed: false };
const T0 = Date.parse('2026-11-20T10:00:00.000Z');
const LATER = T0 + 5 * 86_400_000;
const hash = quizContentHash(sampleQuiz);

function reviewedDeck() {
  let card = rateCard(null, 'again', T0, NO_FUZZ);
  card = rateCard(card, 'good', T0 + 86_400_000, NO_FUZZ);
  let deck = withCard(undefined, { quizId: sampleQuiz.id, questionId: 'q-single' }, hash, card, T0);
  deck = withCard(deck, { quizId: sampleQuiz.id, questionId: 'q-tf' }, hash, card, T0);
  return deck;
}

describe('reconciling the deck with the quizzes', () => {
  it('leaves cards of an unchanged quiz as they are', () => {
    const deck = reviewedDeck();
    const result = reconcileDeck(deck, new Map([[sampleQuiz.id, sampleQuiz]]), LATER);
    expect(result.isChanged).toBe(false);
    expect(result.deck).toEqual(deck);
  });

  it('resets the cards of a changed quiz: new, due at once, no history', () => {
    const edited: Quiz = { ...sampleQuiz, questions: sampleQuiz.questions.map((q) => (q.id === 'q-single' ? { ...q, prompt: 'Which country went first?' } : q)) };
    const result = reconcileDeck(reviewedDeck(), new Map([[sampleQuiz.id, edited]]), LATER);
    const card = cardOf(result.deck, { quizId: sampleQuiz.id, questionId: 'q-single' })!;
    expect(card).toMatchObject({ state: 'new', reps: 0, lapses: 0, dueAt: LATER, lastReviewAt: null, lastMissedAt: null });
    expect(result.deck[sampleQuiz.id]!.contentHash).toBe(quizContentHash(edited));
    expect(result.notes).toContain(`Review deck: the card for question "q-single" of quiz "sample-quiz" starts afresh: the quiz has changed.`);
  });

  it('resets a changed quiz’s cards when a new attempt at it is recorded, too', () => {
    const attempt = { ...attemptFor(sampleQuiz.id, [question('q-multiple', { type: 'multiple', optionIds: [] }, false)], new Date(LATER).toISOString()), contentHash: 'changed' };
    const deck = withAttemptOutcomes(reviewedDeck(), attempt, new Set(), NO_FUZZ);
    expect(cardOf(deck, { quizId: sampleQuiz.id, questionId: 'q-single' })).toMatchObject({ state: 'new', reps: 0, dueAt: LATER });
    expect(cardOf(deck, { quizId: sampleQuiz.id, questionId: 'q-multiple' })).toMatchObject({ reps: 1, dueAt: LATER });
  });

  it('drops the card of a removed question, with a note', () => {
    const trimmed: Quiz = { ...sampleQuiz, questions: sampleQuiz.questions.filter((q) => q.id !== 'q-tf') };
    const result = reconcileDeck(reviewedDeck(), new Map([[sampleQuiz.id, trimmed]]), LATER);
    expect(cardOf(result.deck, { quizId: sampleQuiz.id, questionId: 'q-tf' })).toBeNull();
    expect(result.notes).toContain(`Review deck: dropped the card for question "q-tf" of quiz "sample-quiz": the quiz no longer has that question.`);
  });

  it('drops every card of a quiz the site no longer has', () => {
    const result = reconcileDeck(reviewedDeck(), new Map([[sampleQuiz.id, null]]), LATER);
    expect(result.deck).toEqual({});
    expect(result.notes).toHaveLength(2);
  });
});
