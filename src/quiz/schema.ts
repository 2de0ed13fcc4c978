/**
 * The quiz data format. Authors write a quiz as a typed data module beside the lesson
 * (`02-export-controls.quiz.ts` next to `02-export-controls.mdx`); the build validates every
 * quiz against these schemas (see `validate.ts`), and the types are inferred from them, so the
 * data, its validation and its type cannot drift apart. Each question type's own schema and
 * rules live in its folder under `types/`.
 *
 * Only build-time code and tests import the schemas' runtime values; pages import types.
 */
import * as z from 'zod';
import { id, text } from './schema/common';
import { QUESTION_SCHEMAS } from './types/schemas';

export { SourceSchema } from './schema/common';

export const QuestionSchema = z.discriminatedUnion('type', QUESTION_SCHEMAS);

export const QuizSchema = z.strictObject({
  id,
  title: text,
  /** Share of points needed to pass, in percent. */
  passMark: z.number().min(0).max(100).optional(),
  maxAttempts: z.number().int().positive().optional(),
  shuffle: z.boolean().optional(),
  questions: z.array(QuestionSchema).min(1),
});

// No `.default()` in these schemas: the browser never runs them (zod stays out of the page
// bundle), so defaults live in the scoring (`DEFAULT_PASS_MARK`, `points ?? 1`) and input = output.
export type Quiz = z.infer<typeof QuizSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type QuestionOf<K extends QuestionType> = Extract<Question, { type: K }>;
