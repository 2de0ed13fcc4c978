/**
 * The results file a student exports from an assignment and an instructor imports into the
 * gradebook. Validated in the browser (`zod/mini`) because it comes from outside.
 */
import * as z from 'zod/mini';
import { QuestionResultSchema } from '../../quiz/attempt';

export const RESULTS_FORMAT = 'silicon-statecraft-results';
export const RESULTS_VERSION = 1;
/** Largest file accepted: a complete course with long answers is under 200 KB. */
export const MAX_RESULTS_FILE_BYTES = 1_000_000;

const points = z.number().check(z.minimum(0), z.maximum(1e6));
const instant = z.iso.datetime({ offset: true });

export const LearnerSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(200)),
  email: z.optional(z.string().check(z.trim(), z.maxLength(254), z.regex(/^[^\s@]+@[^\s@]+$/, 'must be an email address'))),
});

export const QuizResultSchema = z.strictObject({
  quizId: z.string().check(z.maxLength(200)),
  title: z.string().check(z.maxLength(300)),
  points,
  maxPoints: points,
  percent: z.number().check(z.minimum(0), z.maximum(100)),
  passed: z.boolean(),
  submittedAt: instant,
  late: z.boolean(),
  questions: z.array(QuestionResultSchema).check(z.maxLength(500)),
});

export const ResultsFileSchema = z.strictObject({
  format: z.literal(RESULTS_FORMAT),
  v: z.literal(RESULTS_VERSION),
  assignmentId: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  assignmentTitle: z.string().check(z.maxLength(300)),
  learner: LearnerSchema,
  exportedAt: instant,
  quizzes: z.array(QuizResultSchema).check(z.maxLength(200)),
  /** SHA-256, hex, of the canonical JSON of every other field; see `checksum.ts`. */
  checksum: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

export type Learner = z.infer<typeof LearnerSchema>;
export type QuizResult = z.infer<typeof QuizResultSchema>;
export type ResultsFile = z.infer<typeof ResultsFileSchema>;
export type UnsignedResults = Omit<ResultsFile, 'checksum'>;
