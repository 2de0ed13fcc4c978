/**
 * The one place the assignment pages read a learner's saved quiz attempts: the course progress
 * document (`silicon-statecraft:progress`, `quizzes[quizId].latest`).
 *
 * Storage is outside data: every entry is validated, and a malformed one is ignored (the other
 * entries still count), never trusted.
 */
import { QuizAttemptSchema, type QuizAttempt } from '../../quiz/attempt';
import { ownEntry } from '../ownEntry';
import { PROGRESS_KEY } from '../progress/keys';

/** The part of `Storage` this needs, so tests and callers can pass a stand-in. */
export type AttemptStorage = Pick<Storage, 'getItem'>;

function quizzesIn(raw: string | null): Record<string, unknown> {
  if (raw === null) return {};
  try {
    const quizzes = (JSON.parse(raw) as { quizzes?: unknown } | null)?.quizzes;
    return quizzes !== null && typeof quizzes === 'object' ? (quizzes as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function latestIn(quizzes: Record<string, unknown>, quizId: string): QuizAttempt | null {
  const entry = ownEntry(quizzes, quizId);
  const latest = entry !== null && typeof entry === 'object' ? (entry as { latest?: unknown }).latest : undefined;
  const parsed = QuizAttemptSchema.safeParse(latest);
  return parsed.success && parsed.data.quizId === quizId ? parsed.data : null;
}

function readQuizzes(storage: AttemptStorage): Record<string, unknown> {
  try {
    return quizzesIn(storage.getItem(PROGRESS_KEY));
  } catch {
    // Storage that cannot be read counts as empty.
    return {};
  }
}

/** The latest valid attempt at a quiz, or `null`. */
export function readLatestAttempt(quizId: string, storage: AttemptStorage): QuizAttempt | null {
  return latestIn(readQuizzes(storage), quizId);
}

/** The latest attempt for each quiz id that has one. */
export function readLatestAttempts(quizIds: readonly string[], storage: AttemptStorage): Map<string, QuizAttempt> {
  const quizzes = readQuizzes(storage);
  const found = new Map<string, QuizAttempt>();
  for (const quizId of quizIds) {
    const attempt = latestIn(quizzes, quizId);
    if (attempt) found.set(quizId, attempt);
  }
  return found;
}
