import { hashJson } from '../lib/hash';
import type { Quiz } from './schema';

/**
 * A quiz's content hash (8 hex digits): the version of the quiz an attempt was made on. Saved
 * results are kept per content hash, so an edited quiz starts afresh instead of showing answers to
 * questions that have changed. Stored in attempts and progress entries as `contentHash`.
 */
export function quizContentHash(quiz: Quiz): string {
  return hashJson(quiz);
}
