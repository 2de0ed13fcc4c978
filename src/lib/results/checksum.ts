/**
 * A results file carries the SHA-256 (Web Crypto) of the canonical JSON of all its other fields.
 *
 * What it is for: noticing a file that was damaged in transit or edited by hand (a score changed
 * in a text editor). What it is not: proof of anything. The algorithm is public and there is no
 * secret key, so anyone who edits a file and recomputes the checksum produces a file that passes.
 * A static site with no server cannot do better; instructors who need assurance should grade
 * quizzes taken under supervision.
 */
import { canonicalJson } from '../canonicalJson';
import type { UnsignedResults } from './schema';

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function resultsChecksum(results: UnsignedResults): Promise<string> {
  return sha256Hex(canonicalJson(results));
}
