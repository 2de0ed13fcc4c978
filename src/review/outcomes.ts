/**
 * What a submitted lesson quiz does to the deck. Every question answered wrong, or right only with
 * help, joins the deck; a question already in the deck is reviewed by any answer (a clean right
 * answer counts as "good"). Questions answered right without help that are not in the deck stay
 * out of it.
 */
import type { QuizAttempt } from '../quiz/attempt';
import { rateCard, type SchedulerOptions } from './scheduler';
import { cardOf, quizCardsOn, withCard } from './deck';
import { ratingOf } from './rating';
import type { ReviewDeck } from './schema';

export function withAttemptOutcomes(
  deck: ReviewDeck | undefined,
  attempt: Pick<QuizAttempt, 'quizId' | 'contentHash' | 'submittedAt' | 'questions'>,
  /** Questions answered with help (see `AnswerOutcome.isHelped`). */
  helpedIds: ReadonlySet<string>,
  options?: SchedulerOptions,
): ReviewDeck {
  const now = Date.parse(attempt.submittedAt);
  const { quizId, contentHash } = attempt;
  // A new version of the quiz resets its cards first, so what follows rates fresh cards.
  let next: ReviewDeck = deck?.[quizId] ? { ...deck, [quizId]: quizCardsOn(deck[quizId], contentHash, now) } : { ...deck };
  for (const result of attempt.questions) {
    const ref = { quizId, questionId: result.questionId };
    const rating = ratingOf({ isCorrect: result.correct, isHelped: helpedIds.has(result.questionId) });
    const card = cardOf(next, ref);
    if (!card && rating === 'good') continue;
    next = withCard(next, ref, contentHash, rateCard(card, rating, now, options), now);
  }
  return next;
}
