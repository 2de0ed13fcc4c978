/**
 * The assignment a share link carries. Validated in the browser when a student opens a link, so
 * it uses `zod/mini` (tree-shakable functions, a few KB) rather than full zod, and only the pages
 * that need it (/assignment, /gradebook) import it.
 */
import * as z from 'zod/mini';
import { plainText } from '../text/plainText';

export const ASSIGNMENT_VERSION = 1;
export const ITEM_KINDS = ['module', 'lesson', 'quiz'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const TITLE_MAX_LENGTH = 200;
export const ITEMS_MAX = 100;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Doc ids are slugs joined by `/`: `semiconductors/how-chips-are-made`. */
const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

export const AssignmentItemSchema = z.strictObject({
  kind: z.enum(ITEM_KINDS),
  id: z.string().check(z.maxLength(120), z.regex(ITEM_ID, 'must be a course item id')),
});

export const AssignmentSchema = z.strictObject({
  v: z.literal(ASSIGNMENT_VERSION),
  /** 16 hex digits derived from the rest of the assignment; see `assignmentIdOf`. */
  id: z.string().check(z.regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits')),
  /** Plain text: bidi overrides and control characters are stripped (see `plainText`). */
  title: z.string().check(z.overwrite(plainText), z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(TITLE_MAX_LENGTH)),
  items: z.array(AssignmentItemSchema).check(z.minLength(1, 'must list at least one item'), z.maxLength(ITEMS_MAX)),
  /** The deadline as an instant (`2026-12-01T22:59:59.999Z`). */
  due: z.optional(z.iso.datetime({ offset: true })),
  /** Share of points needed to pass each quiz, in percent; overrides the quizzes' own. */
  passMark: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
});

export type AssignmentItem = z.infer<typeof AssignmentItemSchema>;
export type Assignment = z.infer<typeof AssignmentSchema>;
export type AssignmentContent = Omit<Assignment, 'v' | 'id'>;

export { SLUG };
