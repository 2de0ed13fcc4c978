/**
 * A learner's saved progress on one quiz: the latest attempt, the best score and how many
 * attempts were made. The key holds the quiz's content hash, so an edited quiz starts afresh
 * instead of showing answers to questions that changed.
 */
import type { Answer, QuizAttempt } from '@site/src/components/Quiz/types';
import { readItem, writeItem } from './storage';

export const STORAGE_NAMESPACE = 'silicon-statecraft';

export interface BestScore {
  readonly points: number;
  readonly maxPoints: number;
  readonly percent: number;
  readonly passed: boolean;
  readonly submittedAt: string;
}

export interface QuizProgress {
  readonly latest: QuizAttempt;
  readonly best: BestScore;
  readonly attempts: number;
}

export function quizProgressKey(quizId: string, contentHash: string): string {
  return `${STORAGE_NAMESPACE}:quiz:${quizId}:${contentHash}`;
}

/*
 * Saved data is checked with hand-written guards rather than zod: this code runs in the browser
 * on every lesson with a quiz, and zod (even zod/mini) would add more to the page than the whole
 * quiz. The shapes are small and fixed by types.ts.
 */
type Unknown = Record<string, unknown>;
const isObject = (value: unknown): value is Unknown => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

function isAnswer(value: unknown): value is Answer {
  if (!isObject(value)) return false;
  switch (value.type) {
    case 'single':
      return value.optionId === null || isString(value.optionId);
    case 'multiple':
      return isStringArray(value.optionIds);
    case 'true-false':
      return value.value === null || typeof value.value === 'boolean';
    case 'ordering':
      return isStringArray(value.itemIds);
    case 'matching':
      return isObject(value.matches) && Object.values(value.matches).every((m) => m === null || isString(m));
    case 'short-answer':
      return isString(value.text);
    default:
      return false;
  }
}

function isScore(value: Unknown): boolean {
  return (
    isNumber(value.points) &&
    isNumber(value.maxPoints) &&
    isNumber(value.percent) &&
    typeof value.passed === 'boolean' &&
    isString(value.submittedAt)
  );
}

export function isQuizAttempt(value: unknown): value is QuizAttempt {
  return (
    isObject(value) &&
    isScore(value) &&
    isString(value.quizId) &&
    isString(value.contentHash) &&
    isNumber(value.attempt) &&
    isString(value.startedAt) &&
    Array.isArray(value.questions) &&
    value.questions.every(
      (q: unknown) =>
        isObject(q) &&
        isString(q.questionId) &&
        isAnswer(q.answer) &&
        isNumber(q.points) &&
        isNumber(q.maxPoints) &&
        typeof q.correct === 'boolean',
    )
  );
}

export function isQuizProgress(value: unknown): value is QuizProgress {
  return (
    isObject(value) && isQuizAttempt(value.latest) && isObject(value.best) && isScore(value.best) && isNumber(value.attempts)
  );
}

/** Parses stored text; anything malformed is ignored with a warning, as if nothing were saved. */
export function parseQuizProgress(raw: string | null, key: string): QuizProgress | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (isQuizProgress(value)) return value;
  } catch {
    // Falls through to the warning below.
  }
  console.warn(`Ignoring malformed saved quiz progress under "${key}".`);
  return null;
}

// useSyncExternalStore needs the same object for the same stored text, so parse once per text.
const cache = new Map<string, { raw: string | null; value: QuizProgress | null }>();

export function readQuizProgress(key: string): QuizProgress | null {
  const raw = readItem(key);
  const cached = cache.get(key);
  if (cached && cached.raw === raw) return cached.value;
  const value = parseQuizProgress(raw, key);
  cache.set(key, { raw, value });
  return value;
}

function bestOf(best: BestScore | undefined, attempt: QuizAttempt): BestScore {
  if (best && (best.percent > attempt.percent || (best.percent === attempt.percent && best.points >= attempt.points))) {
    return best;
  }
  const { points, maxPoints, percent, passed, submittedAt } = attempt;
  return { points, maxPoints, percent, passed, submittedAt };
}

/** Pure: the progress after one more submitted attempt. */
export function withAttempt(progress: QuizProgress | null, attempt: QuizAttempt): QuizProgress {
  return { latest: attempt, best: bestOf(progress?.best, attempt), attempts: (progress?.attempts ?? 0) + 1 };
}

export function saveQuizAttempt(attempt: QuizAttempt): QuizProgress {
  const key = quizProgressKey(attempt.quizId, attempt.contentHash);
  const next = withAttempt(readQuizProgress(key), attempt);
  writeItem(key, JSON.stringify(next));
  return next;
}
