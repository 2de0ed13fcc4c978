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

export { LEVELS, SourceSchema } from './schema/common';

export const QuestionSchema = z.discriminatedUnion('type', QUESTION_SCHEMAS);

export const QUIZ_MODES = ['practice', 'exam'] as const;

export const QuizSchema = z.strictObject({
  id,
  title: text,
  /**
   * `practice` (the default): "Check" and hints on every question. `exam`: neither; feedback
   * and the review come after submitting. Checkpoints and the final assessment must say which.
   */
  mode: z.enum(QUIZ_MODES).optional(),
  /** Share of points needed to pass, in percent. */
  passMark: z.number().min(0).max(100).optional(),
  maxAttempts: z.number().int().positive().optional(),
  /** `false` keeps the authored order of questions and options; say why in a comment. */
  shuffle: z.literal(false).optional(),
  /**
   * How many questions an attempt asks: a number drawn from the whole pool, or a number per
   * section (`{ 'chips': 2, '5g': 2 }`, every question naming its `section`). Absent: all.
   */
  draw: z.union([z.number().int().positive(), z.record(id, z.number().int().positive())]).optional(),
  questions: z.array(QuestionSchema).min(1),
});

// No `.default()` in these schemas: the browser never runs them (zod stays out of the page
// bundle), so defaults live in the scoring (`DEFAULT_PASS_MARK`, `points ?? 1`) and input = output.
export type Quiz = z.infer<typeof QuizSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type QuestionOf<K extends QuestionType> = Extract<Question, { type: K }>;
export type QuizMode = (typeof QUIZ_MODES)[number];
export type Level = NonNullable<Question['level']>;
