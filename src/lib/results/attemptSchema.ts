/**
 * Runtime schemas for the quiz engine's attempt data (`src/components/Quiz/types.ts`), used at
 * the edges where that data comes from outside: saved storage and imported result files.
 * `zod/mini`, because this runs in the browser.
 */
import * as z from 'zod/mini';
import type { Answer, QuestionResult, QuizAttempt } from '@site/src/components/Quiz/types';

const shortText = z.string().check(z.maxLength(200));
const points = z.number().check(z.minimum(0), z.maximum(1e6));

export const AnswerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single'), optionId: z.nullable(shortText) }),
  z.strictObject({ type: z.literal('multiple'), optionIds: z.array(shortText).check(z.maxLength(100)) }),
  z.strictObject({ type: z.literal('true-false'), value: z.nullable(z.boolean()) }),
  z.strictObject({ type: z.literal('ordering'), itemIds: z.array(shortText).check(z.maxLength(100)) }),
  z.strictObject({ type: z.literal('matching'), matches: z.record(shortText, z.nullable(shortText)) }),
  z.strictObject({ type: z.literal('short-answer'), text: z.string().check(z.maxLength(2000)) }),
]);

export const QuestionResultSchema = z.strictObject({
  questionId: shortText,
  answer: AnswerSchema,
  points,
  maxPoints: points,
  correct: z.boolean(),
});

const instant = z.iso.datetime({ offset: true });

export const QuizAttemptSchema = z.object({
  quizId: shortText,
  contentHash: shortText,
  attempt: z.number().check(z.int(), z.minimum(1)),
  startedAt: instant,
  submittedAt: instant,
  points,
  maxPoints: points,
  percent: z.number().check(z.minimum(0), z.maximum(100)),
  passed: z.boolean(),
  questions: z.array(QuestionResultSchema).check(z.maxLength(500)),
});

// The schemas and the shared types must describe the same data: a compile error here means one
// of them changed without the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const answerMatches: Same<z.infer<typeof AnswerSchema>, Answer> = true;
const resultMatches: Same<z.infer<typeof QuestionResultSchema>, QuestionResult> = true;
const attemptMatches: Same<z.infer<typeof QuizAttemptSchema>, QuizAttempt> = true;
void [answerMatches, resultMatches, attemptMatches];
