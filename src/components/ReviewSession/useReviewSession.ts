import { useCallback, useEffect, useState } from 'react';
import type { Question, Quiz } from '@site/src/quiz/schema';
import { modelOf } from '@site/src/quiz/types';
import type { Answer } from '@site/src/quiz/attempt';
import { quizContentHash } from '@site/src/quiz/contentHash';
import { progressStore } from '@site/src/lib/progress/store';
import type { CardRef, ReviewCard } from '@site/src/review/card';
import { withCard } from '@site/src/review/deck';
import { dueEntries } from '@site/src/review/due';
import type { ReviewRating } from '@site/src/review/rating';
import { reconcileDeck } from '@site/src/review/reconcile';
import { rateCard } from '@site/src/review/scheduler';

/** A quiz's data by id: null when the site has no such quiz; throws when it cannot be loaded. */
export type QuizLoader = (quizId: string) => Promise<Quiz | null>;

export interface SessionItem {
  readonly ref: CardRef;
  /** The card before this session's review: a second rating (Easy) replaces the first. */
  readonly card: ReviewCard;
  readonly quiz: Quiz;
  readonly contentHash: string;
  readonly question: Question;
  /** Shuffles the options and the ordering's starting order afresh for every review. */
  readonly seed: string;
  readonly initialAnswer: Answer;
}

export type Session =
  | { readonly status: 'loading' }
  | { readonly status: 'failed' }
  | { readonly status: 'ready'; readonly items: readonly SessionItem[] };

function randomSeed(): string {
  return Math.floor(Math.random() * 2 ** 32).toString(36);
}

/**
 * Builds a session from the cards due when it starts: loads the quizzes they come from (and only
 * those), brings the deck in line with them (changed quizzes reset their cards, removed questions
 * drop theirs, with a console note), then freezes the list, so reviewing a card does not reshuffle
 * what is left. `restart` builds a new session from what is due then.
 */
export async function buildSession(loadQuiz: QuizLoader, now: number): Promise<SessionItem[]> {
  const due = dueEntries(progressStore.getSnapshot().progress.review, now);
  const quizIds = [...new Set(due.map((entry) => entry.quizId))];
  const quizzes = new Map(await Promise.all(quizIds.map(async (id) => [id, await loadQuiz(id)] as const)));
  const reconciled = reconcileDeck(progressStore.getSnapshot().progress.review ?? {}, quizzes, now);
  if (reconciled.isChanged) {
    reconciled.notes.forEach((note) => console.info(note));
    progressStore.update((progress) => ({ ...progress, review: reconcileDeck(progress.review ?? {}, quizzes, now).deck }));
  }
  return dueEntries(reconciled.deck, now).flatMap(({ quizId, questionId, card }): SessionItem[] => {
    const quiz = quizzes.get(quizId);
    const question = quiz?.questions.find((candidate) => candidate.id === questionId);
    if (!quiz || !question) return [];
    const seed = randomSeed();
    return [
      {
        ref: { quizId, questionId },
        card,
        quiz,
        contentHash: quizContentHash(quiz),
        question,
        seed,
        initialAnswer: modelOf(question.type).initialAnswer(question, seed),
      },
    ];
  });
}

/** Saves a review of one card at `at`; calling it again for the same item replaces the rating. */
export function recordReview(item: SessionItem, rating: ReviewRating, at: number): ReviewCard {
  const card = rateCard(item.card, rating, at);
  progressStore.update((progress) => ({ ...progress, review: withCard(progress.review, item.ref, item.contentHash, card, at) }));
  return card;
}

/** The session of the Review page; starts once progress has loaded (`isReady`). */
export function useReviewSession(loadQuiz: QuizLoader, isReady: boolean): { readonly session: Session; readonly restart: () => void } {
  const [session, setSession] = useState<Session>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!isReady) return;
    let isLive = true;
    setSession({ status: 'loading' });
    buildSession(loadQuiz, Date.now()).then(
      (items) => isLive && setSession({ status: 'ready', items }),
      () => isLive && setSession({ status: 'failed' }),
    );
    return () => {
      isLive = false;
    };
  }, [loadQuiz, isReady, round]);
  const restart = useCallback(() => setRound((value) => value + 1), []);
  return { session, restart };
}
