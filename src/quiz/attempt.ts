/**
 * A learner's answers and attempts, as schemas (`zod/mini`: they are validated in the browser
 * where they come from outside, i.e. saved storage and imported results files) with their types
 * inferred. The instructor tools read saved attempts, so these shapes are a contract: results
 * files and progress documents written by earlier versions must still parse.
 */
import * as z from 'zod/mini';
import type { QuestionType } from './schema';
import { ANSWER_SCHEMAS } from './types/answers';

const shortText = z.string().check(z.maxLength(200));
const points = z.number().check(z.minimum(0), z.maximum(1e6));
const instant = z.iso.datetime({ offset: true });

export const AnswerSchema = z.discriminatedUnion('type', ANSWER_SCHEMAS);

export type Answer = z.infer<typeof AnswerSchema>;
export type AnswerOf<K extends QuestionType> = Extract<Answer, { type: K }>;

// The answer registry and the question registry must cover the same types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const answerTypesMatch: Same<Answer['type'], QuestionType> = true;
void answerTypesMatch;

export const QuestionResultSchema = z.strictObject({
  questionId: shortText,
  answer: AnswerSchema,
  points,
  maxPoints: points,
  /** Full marks. */
  correct: z.boolean(),
});

export const QuizAttemptSchema = z.object({
  quizId: shortText,
  /** The quiz's content hash when attempted (see `quizContentHash`). */
  contentHash: shortText,
  attempt: z.number().check(z.int(), z.minimum(1)),
  startedAt: instant,
  submittedAt: instant,
  points,
  maxPoints: points,
  percent: z.number().check(z.minimum(0), z.maximum(100)),
  passed: z.boolean(),
  /** The quiz's mode when attempted; absent in attempts saved before modes existed (practice). */
  mode: z.optional(z.enum(['practice', 'exam'])),
  /**
   * The attempt's seed (`attemptSeed`): with the quiz, it decides which questions the attempt drew,
   * so the gradebook can tell whether a results file leaves any out. Absent in attempts saved
   * before it was recorded.
   */
  seed: z.optional(z.string().check(z.maxLength(500))),
  /** The questions the attempt asked (drawn from the pool), in the order asked, with their results. */
  questions: z.array(QuestionResultSchema).check(z.maxLength(500)),
});

export type QuestionResult = z.infer<typeof QuestionResultSchema>;
export type QuizAttempt = z.infer<typeof QuizAttemptSchema>;
