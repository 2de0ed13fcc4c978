/**
 * Building blocks every question type's schema shares (zod, build time only): ids, text, the
 * fields common to all questions, and the option list of choice questions.
 */
import * as z from 'zod';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const id = z.string().regex(ID, 'must be kebab-case (a-z, 0-9 and single hyphens)');
export const text = z.string().trim().min(1, 'must not be empty');

export const SourceSchema = z.strictObject({
  title: text,
  // http(s) only: a `javascript:` or `data:` link in a review would run or show anything.
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
});

/**
 * What a question asks the learner to do, after Bloom's taxonomy: recall a fact, explain an
 * idea, apply it to a case, analyse (compare, take apart) or evaluate (judge, weigh).
 */
export const LEVELS = ['recall', 'understand', 'apply', 'analyse', 'evaluate'] as const;

/** The fields every question has, whatever its type. */
export const commonQuestionFields = {
  id,
  prompt: text,
  hint: text.optional(),
  /** Shown after answering, whatever the answer. */
  explanation: text.optional(),
  source: SourceSchema.optional(),
  /** Points for a fully correct answer. */
  points: z.number().positive().optional(),
  /** What the question asks the learner to do (see LEVELS); `npm run bench` prints the mix. */
  level: z.enum(LEVELS).optional(),
  /** The pool section the question is drawn from, when the quiz draws per section. */
  section: id.optional(),
  /** `false` keeps the authored order of options or matches; say why in a comment. */
  shuffle: z.literal(false).optional(),
};

export const OptionSchema = z.strictObject({
  id,
  text,
  correct: z.boolean().optional(),
  /** Why this option is right or wrong. */
  explanation: text.optional(),
  /** Stays in its authored place when the options are shuffled ("None of these"). */
  pinned: z.literal(true).optional(),
});

interface WithId {
  readonly id: string;
}

/** Adds an issue at `key` for every id that occurs more than once in `items`. */
export function checkUniqueIds(items: readonly WithId[], key: string, what: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [key, index, 'id'], message: `duplicate ${what} id "${item.id}"` });
    }
    seen.add(item.id);
  });
}

/** An option of a choice question, whatever its type. */
export type ChoiceOption = z.infer<typeof OptionSchema>;
