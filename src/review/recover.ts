/**
 * Reading a saved deck card by card: every valid card is kept, every invalid one is set aside
 * with where it was (the progress store quarantines them), as the progress document does for
 * its lessons and quizzes.
 */
import { QuizCardsSchema, StoredCardSchema, type QuizCards, type ReviewDeck, type StoredCard } from './schema';

export interface SetAside {
  readonly where: string;
  readonly value: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function recoverDeck(value: unknown, where: string): { readonly deck: ReviewDeck | undefined; readonly setAside: SetAside[] } {
  if (value === undefined) return { deck: undefined, setAside: [] };
  if (!isRecord(value)) return { deck: undefined, setAside: [{ where, value }] };
  const setAside: SetAside[] = [];
  const deck: Record<string, QuizCards> = {};
  for (const [quizId, group] of Object.entries(value)) {
    const header = QuizCardsSchema.safeParse(isRecord(group) ? { contentHash: group.contentHash, cards: {} } : group);
    if (quizId.length > 200 || !header.success || !isRecord(group) || !isRecord(group.cards)) {
      setAside.push({ where: `${where}.${quizId}`, value: group });
      continue;
    }
    const cards: Record<string, StoredCard> = {};
    for (const [questionId, card] of Object.entries(group.cards)) {
      const parsed = StoredCardSchema.safeParse(card);
      if (parsed.success && questionId.length <= 200) cards[questionId] = parsed.data;
      else setAside.push({ where: `${where}.${quizId}.cards.${questionId}`, value: card });
    }
    deck[quizId] = { contentHash: header.data.contentHash, cards };
  }
  return { deck, setAside };
}
