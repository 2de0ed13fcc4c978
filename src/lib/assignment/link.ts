/**
 * Assignment share links: `https://site/assignment#a=<payload>` (`https://site/sub-path/assignment#a=…`
 * when the course is hosted under a sub-path).
 *
 * - The payload sits in the fragment (`#a=`), not the query: browsers never send the fragment to
 *   the server, so an assignment (its title, its items) stays out of server and CDN logs and out
 *   of `Referer` headers.
 * - payload = base64url (no padding) of the assignment as compact canonical JSON. It is versioned
 *   by its `v` field; a link from a newer version of the site says so instead of failing vaguely.
 *   No compression: `CompressionStream` is asynchronous, and a typical assignment is well under
 *   the limit without it.
 * - The assignment's `id` is a hash of its content (`assignmentIdOf`). Opening a link recomputes
 *   it, so a link edited by hand is rejected as changed; and whoever recomputes the id as well
 *   gets an assignment with a *different* id, whose results the instructor's gradebook rejects as
 *   "another assignment". The hash is not a signature: it detects edits, it does not prove who
 *   made the link.
 */
import { canonicalJson } from '../canonicalJson';
import { hash64 } from '../hash';
import { plainText } from '../text/plainText';
import { decodeBase64Url, encodeBase64Url } from '../base64url';
import {
  ASSIGNMENT_VERSION,
  AssignmentSchema,
  type Assignment,
  type AssignmentContent,
} from './schema';

/** Longest payload accepted, in characters (≈ 3 KB of JSON): far above a real assignment. */
export const MAX_PAYLOAD_LENGTH = 4096;
/**
 * Longest link read at all: the payload plus room for the address before it. Checked before the
 * link is split into parameters, so a huge fragment costs nothing (splitting 20 MB took a second).
 */
const MAX_LINK_LENGTH = MAX_PAYLOAD_LENGTH + 2048;
export const ASSIGNMENT_PATH = '/assignment';

export type DecodeError = 'malformed' | 'unsupported-version' | 'too-large' | 'invalid';
export type DecodeResult =
  | { readonly ok: true; readonly assignment: Assignment }
  | { readonly ok: false; readonly error: DecodeError; readonly message: string };

/** The id of an assignment with this content: a hash of its canonical JSON without `id`. */
export function assignmentIdOf(content: AssignmentContent): string {
  const { title, items, due, passMark } = content;
  return hash64(canonicalJson({ v: ASSIGNMENT_VERSION, title, items, due, passMark }));
}

/** A complete assignment (version and id added) from what the instructor chose. */
export function createAssignment(content: AssignmentContent): Assignment {
  const normalised: AssignmentContent = {
    // As the link's schema reads it back, so that the id matches on both sides.
    title: plainText(content.title).trim(),
    items: content.items.map(({ kind, id }) => ({ kind, id })),
    ...(content.due !== undefined && { due: content.due }),
    ...(content.passMark !== undefined && { passMark: content.passMark }),
  };
  return { v: ASSIGNMENT_VERSION, id: assignmentIdOf(normalised), ...normalised };
}

export class AssignmentTooLargeError extends RangeError {
  constructor(readonly length: number) {
    super(`The assignment link would be ${length} characters long; the limit is ${MAX_PAYLOAD_LENGTH}.`);
    this.name = 'AssignmentTooLargeError';
  }
}

/**
 * The share link, on the site at `siteUrl` (its origin and base path: `https://example.org/` or
 * `https://example.org/silicon-statecraft/`). Throws `AssignmentTooLargeError` past the size limit.
 */
export function encodeAssignmentLink(assignment: Assignment, siteUrl: string): string {
  const payload = encodeBase64Url(canonicalJson(assignment));
  if (payload.length > MAX_PAYLOAD_LENGTH) throw new AssignmentTooLargeError(payload.length);
  return `${siteUrl.replace(/\/+$/, '')}${ASSIGNMENT_PATH}#a=${payload}`;
}

function fail(error: DecodeError, message: string): DecodeResult {
  return { ok: false, error, message };
}

/** The `a` parameter of a link, a fragment (`#a=…`) or a bare `a=…`; `null` when absent. */
function payloadOf(link: string): string | null {
  const trimmed = link.trim();
  const hashAt = trimmed.indexOf('#');
  const fragment = hashAt >= 0 ? trimmed.slice(hashAt + 1) : trimmed;
  for (const part of fragment.split('&')) {
    if (part.startsWith('a=')) return part.slice(2);
  }
  return null;
}

/**
 * Reads an assignment from a share link (whole URL, or just its fragment). Never throws: every
 * failure comes back as a reason a person can act on.
 */
export function decodeAssignmentLink(link: string): DecodeResult {
  if (link.length > MAX_LINK_LENGTH) {
    return fail('too-large', `The link is too long to hold an assignment (${link.length} characters; the limit is ${MAX_LINK_LENGTH}).`);
  }
  const payload = payloadOf(link);
  if (payload === null || payload === '') {
    return fail('malformed', 'The link has no assignment in it. Check that it was copied in full.');
  }
  if (payload.length > MAX_PAYLOAD_LENGTH) {
    return fail('too-large', `The assignment in the link is too large (${payload.length} characters; the limit is ${MAX_PAYLOAD_LENGTH}).`);
  }
  const json = decodeBase64Url(payload);
  if (json === null) {
    return fail('malformed', 'The link is damaged: its assignment cannot be read. Check that it was copied in full.');
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return fail('malformed', 'The link is damaged: its assignment cannot be read. Check that it was copied in full.');
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail('malformed', 'The link is damaged: its assignment cannot be read.');
  }
  const version = (data as { v?: unknown }).v;
  if (version !== ASSIGNMENT_VERSION) {
    return typeof version === 'number'
      ? fail('unsupported-version', `The link was made by another version of the course (format ${version}); this site reads format ${ASSIGNMENT_VERSION}.`)
      : fail('invalid', 'The link does not hold a valid assignment (no format version).');
  }
  const parsed = AssignmentSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'assignment';
    return fail('invalid', `The link does not hold a valid assignment (${where}: ${issue?.message ?? 'invalid'}).`);
  }
  const assignment = parsed.data;
  if (assignmentIdOf(assignment) !== assignment.id) {
    return fail('invalid', 'The link was changed after it was made: its content does not match its id. Ask your instructor for the original link.');
  }
  return { ok: true, assignment };
}
