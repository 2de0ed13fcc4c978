/**
 * Two decks as one (importing progress from another device, or another tab's copy). Per quiz,
 * cards of different quiz versions do not mix: the version reviewed last wins. Per card, the one
 * reviewed last wins: it already carries everything FSRS learnt from the reviews before it.
 */
import { decodeCard } from './card';
import { own } from './deck';
import type { QuizCards, ReviewDeck, StoredCard } from './schema';

const lastReview = (stored: StoredCard): number => decodeCard(stored).lastReviewAt ?? 0;
const lastReviewOfQuiz = (group: QuizCards): number => Math.max(0, ...Object.values(group.cards).map(lastReview));

function mergeCard(a: StoredCard | undefined, b: StoredCard | undefined): StoredCard {
  if (!a) return b!;
  if (!b) return a;
  // Equal times (the same review on both sides): the one with more reviews, then the first.
  const order = lastReview(b) - lastReview(a) || decodeCard(b).reps - decodeCard(a).reps;
  return order > 0 ? b : a;
}

function mergeQuizCards(a: QuizCards | undefined, b: QuizCards | undefined): QuizCards {
  if (!a) return b!;
  if (!b) return a;
  if (a.contentHash !== b.contentHash) return lastReviewOfQuiz(b) > lastReviewOfQuiz(a) ? b : a;
  const cards: Record<string, StoredCard> = {};
  for (const id of new Set([...Object.keys(a.cards), ...Object.keys(b.cards)])) {
    cards[id] = mergeCard(own(a.cards, id), own(b.cards, id));
  }
  return { contentHash: a.contentHash, cards };
}

/** Undefined when neither side has a deck, so a document without one stays without one. */
export function mergeDecks(a: ReviewDeck | undefined, b: ReviewDeck | undefined): ReviewDeck | undefined {
  if (!a) return b;
  if (!b) return a;
  const deck: Record<string, QuizCards> = {};
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
    deck[id] = mergeQuizCards(own(a, id), own(b, id));
  }
  return deck;
}
