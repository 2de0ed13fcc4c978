/**
 * The one place the assignment pages read a learner's saved quiz attempts: the course progress
 * document (`silicon-statecraft:progress`, `quizzes[quizId].latest`), and the version-1 keys
 * `silicon-statecraft:quiz:<quizId>:<contentHash>` → `{ latest: QuizAttempt, best, attempts }`
 * that the progress store has not migrated yet (it migrates them on the first course page).
 *
 * Storage is outside data: every entry is validated, and a malformed one is ignored (the other
 * entries still count), never trusted.
 */
import type { QuizAttempt } from '@site/src/components/Quiz/types';
import { QuizAttemptSchema } from '../results/attemptSchema';
import { PROGRESS_KEY } from '../progress/model';

export const QUIZ_KEY_PREFIX = 'silicon-statecraft:quiz:';

/** The part of `Storage` this needs, so tests and callers can pass a stand-in. */
export type AttemptStorage = Pick<Storage, 'length' | 'key' | 'getItem'>;

function latestIn(raw: string | null, quizId: string): QuizAttempt | null {
  if (raw === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (data === null || typeof data !== 'object') return null;
  const parsed = QuizAttemptSchema.safeParse((data as { latest?: unknown }).latest);
  return parsed.success && parsed.data.quizId === quizId ? parsed.data : null;
}

/**
 * The most recently submitted valid attempt at a quiz, across every saved version of it (one key
 * per content hash), or `null`. Storage that cannot be read counts as empty.
 */
function latestInDocument(raw: string | null, quizId: string): QuizAttempt | null {
  if (raw === null) return null;
  try {
    const data: unknown = JSON.parse(raw);
    const quizzes = (data as { quizzes?: Record<string, unknown> } | null)?.quizzes;
    const entry = quizzes && typeof quizzes === 'object' ? quizzes[quizId] : null;
    return latestIn(entry === undefined || entry === null ? null : JSON.stringify(entry), quizId);
  } catch {
    return null;
  }
}

export function readLatestAttempt(quizId: string, storage: AttemptStorage): QuizAttempt | null {
  const prefix = `${QUIZ_KEY_PREFIX}${quizId}:`;
  let latest: QuizAttempt | null = null;
  try {
    latest = latestInDocument(storage.getItem(PROGRESS_KEY), quizId);
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key === null || !key.startsWith(prefix)) continue;
      // A quiz id never contains ':', so the rest of the key is the content hash alone.
      if (key.slice(prefix.length).includes(':')) continue;
      const attempt = latestIn(storage.getItem(key), quizId);
      if (attempt && (latest === null || Date.parse(attempt.submittedAt) > Date.parse(latest.submittedAt))) {
        latest = attempt;
      }
    }
  } catch {
    return latest;
  }
  return latest;
}

/** The latest attempt for each quiz id that has one. */
export function readLatestAttempts(quizIds: readonly string[], storage: AttemptStorage): Map<string, QuizAttempt> {
  const found = new Map<string, QuizAttempt>();
  for (const quizId of quizIds) {
    const attempt = readLatestAttempt(quizId, storage);
    if (attempt) found.set(quizId, attempt);
  }
  return found;
}
