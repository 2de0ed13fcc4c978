/**
 * The quiz data format. Authors write a quiz as a typed data module beside the lesson
 * (`02-export-controls.quiz.ts` next to `02-export-controls.mdx`); the build validates every
 * quiz against these schemas, and the component's types are inferred from them, so the data,
 * its validation and its type cannot drift apart.
 *
 * Only build-time code and tests import the schemas' runtime values; components import types.
 */
import * as z from 'zod';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(ID, 'must be kebab-case (a-z, 0-9 and single hyphens)');
const text = z.string().trim().min(1, 'must not be empty');

export const SourceSchema = z.strictObject({
  title: text,
  url: z.string().url(),
});

const common = {
  id,
  prompt: text,
  hint: text.optional(),
  /** Shown after answering, whatever the answer. */
  explanation: text.optional(),
  source: SourceSchema.optional(),
  /** Points for a fully correct answer. */
  points: z.number().positive().optional(),
};

export const OptionSchema = z.strictObject({
  id,
  text,
  correct: z.boolean().optional(),
  /** Why this option is right or wrong. */
  explanation: text.optional(),
});

export const SingleChoiceSchema = z.strictObject({
  ...common,
  type: z.literal('single'),
  options: z.array(OptionSchema).min(2),
});

export const MultipleChoiceSchema = z.strictObject({
  ...common,
  type: z.literal('multiple'),
  options: z.array(OptionSchema).min(2),
});

export const TrueFalseSchema = z.strictObject({
  ...common,
  type: z.literal('true-false'),
  answer: z.boolean(),
  /** Why "True" is right or wrong, and why "False" is. */
  explanations: z.strictObject({ true: text, false: text }).optional(),
});

export const OrderingItemSchema = z.strictObject({ id, text, explanation: text.optional() });

export const OrderingSchema = z.strictObject({
  ...common,
  type: z.literal('ordering'),
  /** Items in their correct order; the learner sees them shuffled. */
  items: z.array(OrderingItemSchema).min(3, 'an ordering question needs at least 3 items'),
});

export const MatchingPairSchema = z.strictObject({
  id,
  term: text,
  match: text,
  explanation: text.optional(),
});

export const MatchingSchema = z.strictObject({
  ...common,
  type: z.literal('matching'),
  pairs: z.array(MatchingPairSchema).min(2),
});

export const ShortAnswerSchema = z.strictObject({
  ...common,
  type: z.literal('short-answer'),
  /** Accepted answers, compared after normalising case, spacing and punctuation. */
  accept: z.array(text).min(1).optional(),
  /** A numeric answer, right within ± tolerance. */
  number: z.strictObject({ value: z.number(), tolerance: z.number().nonnegative().optional() }).optional(),
  unit: text.optional(),
});

export const QuestionSchema = z.discriminatedUnion('type', [
  SingleChoiceSchema,
  MultipleChoiceSchema,
  TrueFalseSchema,
  OrderingSchema,
  MatchingSchema,
  ShortAnswerSchema,
]);

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
// bundle), so defaults live in the model (`DEFAULT_PASS_MARK`, `points ?? 1`) and input = output.
export type Quiz = z.infer<typeof QuizSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];

