/**
 * The review deck as the progress document stores it (`progress.review`), validated with
 * `zod/mini` because it comes back from storage and imported files.
 *
 * Compact on purpose: a learner may collect hundreds of cards, and the whole progress document is
 * rewritten on every change. Cards are grouped by quiz, so the quiz id and the quiz version (its
 * content hash, `quizContentHash`) are written once per quiz; each card is a tuple of numbers
 * (about 40 bytes plus its question id; 300 cards stay under 24 KB, see the unit test).
 * All cards of a quiz belong to one version: seeing another version resets them (`deck.ts`).
 */
import * as z from 'zod/mini';

const shortText = z.string().check(z.maxLength(200));
/** Whole minutes (or days) since 1970-01-01 UTC; 0 means "never". */
const minutes = z.number().check(z.int(), z.minimum(0), z.maximum(1e8));
const count = z.number().check(z.int(), z.minimum(0), z.maximum(1e6));

/**
 * One card, in FSRS's terms:
 * [due (minute), stability (days), difficulty (1–10, 0 when new), reps, lapses, state,
 *  last review (minute), last miss (day)].
 * State is FSRS's number (0 new, 1 learning, 2 review, 3 relearning); "last miss" is the day it
 * was last answered wrong, which "retained" on My progress needs and FSRS does not keep.
 */
export const StoredCardSchema = z.tuple([
  minutes,
  z.number().check(z.minimum(0), z.maximum(1e6)),
  z.number().check(z.minimum(0), z.maximum(10)),
  count,
  count,
  z.number().check(z.int(), z.minimum(0), z.maximum(3)),
  minutes,
  minutes,
]);

/** The cards of one quiz, keyed by question id, and the quiz version they were made on. */
export const QuizCardsSchema = z.object({
  contentHash: shortText,
  cards: z.record(shortText, StoredCardSchema),
});

/** The whole deck, keyed by quiz id. */
export const ReviewDeckSchema = z.record(shortText, QuizCardsSchema);

export type StoredCard = z.infer<typeof StoredCardSchema>;
export type QuizCards = z.infer<typeof QuizCardsSchema>;
export type ReviewDeck = z.infer<typeof ReviewDeckSchema>;
