/**
 * The results file a student exports from an assignment and an instructor imports into the
 * gradebook. Validated in the browser (`zod/mini`) because it comes from outside.
 *
 * Format versions:
 * - 2 (written now) adds what the gradebook needs to re-derive every claim: the assignment itself
 *   (items, due date, pass mark; its id is a hash of them, so they cannot be changed apart from
 *   it) and, per quiz, the content hash of the quiz version attempted (`contentHash`) and the
 *   attempt's seed (`seed`, from which the gradebook re-derives the questions a pool drew).
 * - 1 (written before) still loads: its results are re-scored as well; the quiz version is then
 *   unknown, and the due date and pass mark come from the assignment link if the instructor
 *   pastes it.
 */
import * as z from 'zod/mini';
import { QuestionResultSchema } from '../../quiz/attempt';
import { AssignmentSchema } from '../assignment/schema';
import { plainText } from '../text/plainText';

export const RESULTS_FORMAT = 'silicon-statecraft-results';
/** The version this site writes. */
export const RESULTS_VERSION = 2;
/** The versions the gradebook reads. */
export const READABLE_RESULTS_VERSIONS: readonly number[] = [1, 2];
/** Largest file accepted: a complete course with long answers is under 200 KB. */
export const MAX_RESULTS_FILE_BYTES = 1_000_000;

const points = z.number().check(z.minimum(0), z.maximum(1e6));
const instant = z.iso.datetime({ offset: true });
/** Text someone typed, as plain text: bidi overrides and control characters stripped. */
const typedText = (maxLength: number) => z.string().check(z.overwrite(plainText), z.trim(), z.maxLength(maxLength));

export const LearnerSchema = z.strictObject({
  name: typedText(200).check(z.minLength(1, 'must not be empty')),
  // Plain text too: an invisible character would make a classmate's address look the same and count as another.
  email: z.optional(z.string().check(z.overwrite(plainText), z.trim(), z.maxLength(254), z.regex(/^[^\s@]+@[^\s@]+$/, 'must be an email address'))),
});

const quizResultFields = {
  quizId: z.string().check(z.maxLength(200)),
  /** The title the student's copy of the course gave the quiz; the gradebook shows its own. */
  title: typedText(300),
  points,
  maxPoints: points,
  percent: z.number().check(z.minimum(0), z.maximum(100)),
  passed: z.boolean(),
  submittedAt: instant,
  late: z.boolean(),
  questions: z.array(QuestionResultSchema).check(z.maxLength(500)),
};

const QuizResultV1Schema = z.strictObject(quizResultFields);
export const QuizResultSchema = z.strictObject({
  ...quizResultFields,
  /** The quiz's content hash when attempted: the version of the quiz (`quizContentHash`). */
  contentHash: z.string().check(z.maxLength(200)),
  /** The attempt's seed, which decides the questions it drew (see `attemptSeed`); absent if not recorded. */
  seed: z.optional(z.string().check(z.maxLength(500))),
});

const fileFields = {
  format: z.literal(RESULTS_FORMAT),
  assignmentId: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  assignmentTitle: typedText(300),
  learner: LearnerSchema,
  exportedAt: instant,
  /** SHA-256, hex, of the canonical JSON of every other field; see `checksum.ts`. */
  checksum: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
};

const ResultsFileV1Schema = z.strictObject({
  ...fileFields,
  v: z.literal(1),
  quizzes: z.array(QuizResultV1Schema).check(z.maxLength(200)),
});

const ResultsFileV2Schema = z.strictObject({
  ...fileFields,
  v: z.literal(2),
  /** The assignment as its link holds it; `assignmentId` is its id. */
  assignment: AssignmentSchema,
  quizzes: z.array(QuizResultSchema).check(z.maxLength(200)),
});

export const ResultsFileSchema = z.discriminatedUnion('v', [ResultsFileV1Schema, ResultsFileV2Schema]);

export type Learner = z.infer<typeof LearnerSchema>;
/** A quiz's result in a file of any version (`contentHash` is missing from version 1). */
export type QuizResult = z.infer<typeof QuizResultV1Schema> & { readonly contentHash?: string; readonly seed?: string };
export type ResultsFile = z.infer<typeof ResultsFileSchema>;
/** The file this site writes. */
export type CurrentResultsFile = z.infer<typeof ResultsFileV2Schema>;
export type UnsignedResults = Omit<ResultsFile, 'checksum'>;
