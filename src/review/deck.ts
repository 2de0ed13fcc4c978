/**
 * Reading and changing the stored deck, card by card. Pure: every function returns a new deck.
 */
import { decodeCard, encodeCard, newCard, type CardRef, type ReviewCard } from './card';
import type { QuizCards, ReviewDeck } from './schema';

export interface DeckEntry extends CardRef {
  readonly card: ReviewCard;
}

/** Every card of the deck, decoded, in the deck's own order. */
export function deckEntries(deck: ReviewDeck | undefined): DeckEntry[] {
  if (!deck) return [];
  return Object.entries(deck).flatMap(([quizId, quiz]) =>
    Object.entries(quiz.cards).map(([questionId, stored]) => ({ quizId, questionId, card: decodeCard(stored) })),
  );
}

// Own properties only: a question id such as `constructor` must not find Object.prototype's.
const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

export function cardOf(deck: ReviewDeck | undefined, { quizId, questionId }: CardRef): ReviewCard | null {
  const stored = own(own(deck, quizId)?.cards, questionId);
  return stored ? decodeCard(stored) : null;
}

/**
 * The quiz's cards on version `contentHash`: as they are when the version is the one they were
 * made on, all started afresh (new, due at `now`) when the quiz has changed since.
 */
export function quizCardsOn(group: QuizCards | undefined, contentHash: string, now: number): QuizCards {
  if (!group) return { contentHash, cards: {} };
  if (group.contentHash === contentHash) return group;
  const fresh = encodeCard(newCard(now));
  return { contentHash, cards: Object.fromEntries(Object.keys(group.cards).map((id) => [id, fresh])) };
}

/** The deck with one card set, on the quiz version `contentHash` (other cards of that quiz reset if it changed). */
export { own };

export function withCard(
  deck: ReviewDeck | undefined,
  { quizId, questionId }: CardRef,
  contentHash: string,
  card: ReviewCard,
  now: number,
): ReviewDeck {
  const group = quizCardsOn(own(deck, quizId), contentHash, now);
  return { ...deck, [quizId]: { contentHash, cards: { ...group.cards, [questionId]: encodeCard(card) } } };
}
