/**
 * Bringing cards in line with the quiz data the site has now. A card made on another version of
 * its quiz starts afresh (new, due at once): its question may have changed, so its history says
 * nothing about the question as it is. A card whose question, or whole quiz, is gone is dropped,
 * with a note for the console.
 */
import { quizContentHash } from '../quiz/contentHash';
import type { Quiz } from '../quiz/schema';
import { own, quizCardsOn } from './deck';
import type { QuizCards, ReviewDeck } from './schema';

export interface Reconciled {
  readonly deck: ReviewDeck;
  /** Whether anything changed (the caller then saves the deck). */
  readonly isChanged: boolean;
  /** One line per card dropped or reset, for the console. */
  readonly notes: readonly string[];
}

/**
 * `quizzes` holds the quizzes that were looked up: a quiz, or null when the site no longer has a
 * quiz with that id. Cards of quizzes not looked up are left as they are.
 */
export function reconcileDeck(deck: ReviewDeck, quizzes: ReadonlyMap<string, Quiz | null>, now: number): Reconciled {
  const next: Record<string, QuizCards> = { ...deck };
  const notes: string[] = [];
  for (const [quizId, quiz] of quizzes) {
    const group = own(deck, quizId);
    if (!group) continue;
    if (quiz === null) {
      delete next[quizId];
      for (const id of Object.keys(group.cards)) notes.push(`Review deck: dropped the card for question "${id}" of quiz "${quizId}": the quiz no longer exists.`);
      continue;
    }
    const contentHash = quizContentHash(quiz);
    const isChanged = group.contentHash !== contentHash;
    const questionIds = new Set(quiz.questions.map((question) => question.id));
    for (const id of Object.keys(group.cards)) {
      if (!questionIds.has(id)) notes.push(`Review deck: dropped the card for question "${id}" of quiz "${quizId}": the quiz no longer has that question.`);
      else if (isChanged) notes.push(`Review deck: the card for question "${id}" of quiz "${quizId}" starts afresh: the quiz has changed.`);
    }
    const kept = Object.entries(quizCardsOn(group, contentHash, now).cards).filter(([id]) => questionIds.has(id));
    if (kept.length === 0) delete next[quizId];
    else next[quizId] = { contentHash, cards: Object.fromEntries(kept) };
  }
  return { deck: next, isChanged: notes.length > 0, notes };
}
