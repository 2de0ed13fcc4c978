/**
 * The course progress document, version 2: one localStorage key holding every lesson visit and
 * quiz result. Validated with `zod/mini` (the store reads it in the browser, on every course page,
 * so the smaller build of zod); the types come from the schemas.
 *
 * Version 1 (one key per quiz and content hash) was never released, so nothing migrates it.
 *
 * The document and its entries are loose objects: fields added by a later version of the course
 * pass through validation and are written back untouched, so an older copy of the site (a tab
 * left open across a deploy) never deletes them.
 */
import * as z from 'zod/mini';
import { QuizAttemptSchema } from '../../quiz/attempt';
import { ReviewDeckSchema } from '../../review/schema';

export const PROGRESS_VERSION = 2;

const instant = z.iso.datetime({ offset: true });
const points = z.number().check(z.minimum(0), z.maximum(1e6));

export const LearnerSeedSchema = z.string().check(z.regex(/^[0-9a-z]{1,16}$/));

export const LessonEntrySchema = z.looseObject({
  visitedAt: instant,
  completedAt: z.optional(instant),
});

export const BestScoreSchema = z.object({
  points,
  maxPoints: points,
  percent: z.number().check(z.minimum(0), z.maximum(100)),
  passed: z.boolean(),
  submittedAt: instant,
  /** Exam or practice: only a passed exam counts for the completion page. */
  mode: z.optional(z.enum(['practice', 'exam'])),
});

export const QuizEntrySchema = z.looseObject({
  /** The content hash of the quiz version these results belong to. */
  contentHash: z.string().check(z.maxLength(200)),
  latest: QuizAttemptSchema,
  best: BestScoreSchema,
  attempts: z.number().check(z.int(), z.minimum(1)),
});

export const LastActivitySchema = z.object({
  docId: z.optional(z.string().check(z.maxLength(300))),
  at: instant,
});

/** A whole document, as an exported progress file must be. */
export const ProgressDocumentSchema = z.looseObject({
  version: z.literal(PROGRESS_VERSION),
  lessons: z.record(z.string().check(z.maxLength(300)), LessonEntrySchema),
  quizzes: z.record(z.string().check(z.maxLength(200)), QuizEntrySchema),
  lastActivity: z.nullable(LastActivitySchema),
  /**
   * The learner's random seed: with the quiz and the attempt number it seeds which questions an
   * attempt draws and in which order its options appear (see src/quiz/draw.ts).
   */
  seed: z.optional(LearnerSeedSchema),
  /** The review deck (src/review/schema.ts); absent until a first question is missed. */
  review: z.optional(ReviewDeckSchema),
});

export type LessonEntry = z.infer<typeof LessonEntrySchema>;
export type BestScore = z.infer<typeof BestScoreSchema>;
export type QuizEntry = z.infer<typeof QuizEntrySchema>;
export type LastActivity = z.infer<typeof LastActivitySchema>;
export type ProgressDocument = z.infer<typeof ProgressDocumentSchema>;

/** What the quiz shows of its saved results (the entry without its hash). */
export type QuizProgress = Pick<QuizEntry, 'latest' | 'best' | 'attempts'>;
