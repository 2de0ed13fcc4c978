/**
 * Pure logic of the course progress store: recovering saved data entry by entry, recording
 * visits and attempts, and merging two documents (import).
 * No React, no DOM: the store (store.ts) feeds it strings and writes back what it returns.
 */
import type { QuizAttempt } from '../../quiz/attempt';
import { mergeDecks } from '../../review/merge';
import { recoverDeck } from '../../review/recover';
import {
  LastActivitySchema,
  LearnerSeedSchema,
  LessonEntrySchema,
  PROGRESS_VERSION,
  ProgressDocumentSchema,
  QuizEntrySchema,
  type BestScore,
  type LastActivity,
  type LessonEntry,
  type ProgressDocument,
  type QuizEntry,
} from './schema';

export const STORAGE_NAMESPACE = 'silicon-statecraft';
export const PROGRESS_KEY = `${STORAGE_NAMESPACE}:progress`;
export const QUARANTINE_KEY = `${STORAGE_NAMESPACE}:progress:quarantine`;

/** Saved data that failed validation, kept aside (never silently dropped) with where it was. */
export interface QuarantinedEntry {
  readonly where: string;
  readonly value: unknown;
}

export interface Recovered {
  readonly progress: ProgressDocument;
  readonly quarantined: readonly QuarantinedEntry[];
}

export function emptyProgress(): ProgressDocument {
  return { version: PROGRESS_VERSION, lessons: {}, quizzes: {}, lastActivity: null };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Keeps every valid lesson and quiz entry of saved data and sets the others aside. Only data
 * that is not an object at all is quarantined whole: there is nothing in it to keep.
 */
export function recoverProgress(value: unknown, where = 'progress'): Recovered {
  if (!isRecord(value)) return { progress: emptyProgress(), quarantined: [{ where, value }] };
  const quarantined: QuarantinedEntry[] = [];
  const lessons: Record<string, LessonEntry> = {};
  const quizzes: Record<string, QuizEntry> = {};
  if (value.version !== PROGRESS_VERSION) quarantined.push({ where: `${where}.version`, value: value.version });

  const section = (name: 'lessons' | 'quizzes'): Record<string, unknown> => {
    const found = value[name];
    if (found === undefined) return {};
    if (isRecord(found)) return found;
    quarantined.push({ where: `${where}.${name}`, value: found });
    return {};
  };
  for (const [id, entry] of Object.entries(section('lessons'))) {
    const parsed = LessonEntrySchema.safeParse(entry);
    if (parsed.success) lessons[id] = parsed.data;
    else quarantined.push({ where: `${where}.lessons.${id}`, value: entry });
  }
  for (const [id, entry] of Object.entries(section('quizzes'))) {
    const parsed = QuizEntrySchema.safeParse(entry);
    if (parsed.success && parsed.data.latest.quizId === id) quizzes[id] = parsed.data;
    else quarantined.push({ where: `${where}.quizzes.${id}`, value: entry });
  }
  let lastActivity: LastActivity | null = null;
  if (value.lastActivity !== undefined && value.lastActivity !== null) {
    const parsed = LastActivitySchema.safeParse(value.lastActivity);
    if (parsed.success) lastActivity = parsed.data;
    else quarantined.push({ where: `${where}.lastActivity`, value: value.lastActivity });
  }
  let seed: string | undefined;
  if (value.seed !== undefined) {
    const parsed = LearnerSeedSchema.safeParse(value.seed);
    if (parsed.success) seed = parsed.data;
    else quarantined.push({ where: `${where}.seed`, value: value.seed });
  }
  const { deck: review, setAside } = recoverDeck(value.review, `${where}.review`);
  quarantined.push(...setAside);
  return { progress: { version: PROGRESS_VERSION, lessons, quizzes, lastActivity, ...(seed && { seed }), ...(review && { review }) }, quarantined };
}

/** Parses stored or imported text; text that is not JSON is quarantined whole. */
export function recoverProgressText(raw: string, where = 'progress'): Recovered {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), quarantined: [{ where, value: raw }] };
  }
  return recoverProgress(value, where);
}

/** Strict check of an imported file: all of it valid, or an error naming the first problem. */
export function parseProgressFile(raw: string): { ok: true; progress: ProgressDocument } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const parsed = ProgressDocumentSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  for (const [id, entry] of Object.entries(parsed.data.quizzes)) {
    if (entry.latest.quizId !== id) return { ok: false, reason: 'invalid' };
  }
  return { ok: true, progress: parsed.data };
}

const later = (a: string, b: string): boolean => Date.parse(a) > Date.parse(b);

function betterScore(best: BestScore | undefined, attempt: BestScore): BestScore {
  if (best && (best.percent > attempt.percent || (best.percent === attempt.percent && best.points >= attempt.points))) {
    return best;
  }
  const { points, maxPoints, percent, passed, submittedAt, mode } = attempt;
  return { points, maxPoints, percent, passed, submittedAt, ...(mode && { mode }) };
}

function latestActivity(a: LastActivity | null, b: LastActivity | null): LastActivity | null {
  if (!a) return b;
  if (!b) return a;
  return later(b.at, a.at) ? b : a;
}

/** A lesson was opened at `now`: the first visit is kept, and it becomes the last activity. */
export function withVisit(progress: ProgressDocument, docId: string, now: string): ProgressDocument {
  const existing = progress.lessons[docId];
  return {
    ...progress,
    lessons: { ...progress.lessons, [docId]: existing ?? { visitedAt: now } },
    lastActivity: { docId, at: now },
  };
}

/**
 * One more submitted attempt. An attempt at a new version of the quiz (another content hash)
 * starts the quiz's results afresh, so an edited quiz never shows answers to old questions.
 * A passed attempt inside a lesson completes that lesson.
 */
export function withAttempt(progress: ProgressDocument, attempt: QuizAttempt, docId?: string): ProgressDocument {
  const previous = progress.quizzes[attempt.quizId];
  const current = previous?.contentHash === attempt.contentHash ? previous : undefined;
  const entry: QuizEntry = {
    contentHash: attempt.contentHash,
    latest: attempt,
    best: betterScore(current?.best, attempt),
    attempts: (current?.attempts ?? 0) + 1,
  };
  let lessons = progress.lessons;
  if (docId) {
    const lesson = lessons[docId] ?? { visitedAt: attempt.startedAt };
    const completedAt = attempt.passed ? (lesson.completedAt ?? attempt.submittedAt) : lesson.completedAt;
    lessons = { ...lessons, [docId]: completedAt ? { ...lesson, completedAt } : lesson };
  }
  return {
    ...progress,
    lessons,
    quizzes: { ...progress.quizzes, [attempt.quizId]: entry },
    lastActivity: latestActivity(progress.lastActivity, { ...(docId ? { docId } : {}), at: attempt.submittedAt }),
  };
}

function mergeLesson(a: LessonEntry | undefined, b: LessonEntry | undefined): LessonEntry {
  if (!a) return b!;
  if (!b) return a;
  const visitedAt = later(a.visitedAt, b.visitedAt) ? b.visitedAt : a.visitedAt;
  const completions = [a.completedAt, b.completedAt].filter((at): at is string => at !== undefined);
  const completedAt = completions.sort((x, y) => Date.parse(y) - Date.parse(x))[0];
  return completedAt ? { visitedAt, completedAt } : { visitedAt };
}

function mergeQuiz(a: QuizEntry | undefined, b: QuizEntry | undefined): QuizEntry {
  if (!a) return b!;
  if (!b) return a;
  const newer = later(b.latest.submittedAt, a.latest.submittedAt) ? b : a;
  // Results of different versions of a quiz do not mix: the version attempted last wins.
  if (a.contentHash !== b.contentHash) return newer;
  return {
    contentHash: a.contentHash,
    latest: newer.latest,
    best: betterScore(a.best, b.best),
    attempts: Math.max(a.attempts, b.attempts),
  };
}

/**
 * Two documents as one (an import on another device): per lesson the earliest visit and the
 * latest completion, per quiz the best score and the latest attempt, the latest activity, and
 * the review decks merged card by card (src/review/merge.ts).
 */
export function mergeProgress(a: ProgressDocument, b: ProgressDocument): ProgressDocument {
  const lessons: Record<string, LessonEntry> = {};
  for (const id of new Set([...Object.keys(a.lessons), ...Object.keys(b.lessons)])) {
    lessons[id] = mergeLesson(a.lessons[id], b.lessons[id]);
  }
  const quizzes: Record<string, QuizEntry> = {};
  for (const id of new Set([...Object.keys(a.quizzes), ...Object.keys(b.quizzes)])) {
    quizzes[id] = mergeQuiz(a.quizzes[id], b.quizzes[id]);
  }
  const seed = a.seed ?? b.seed;
  const review = mergeDecks(a.review, b.review);
  return {
    version: PROGRESS_VERSION,
    lessons,
    quizzes,
    lastActivity: latestActivity(a.lastActivity, b.lastActivity),
    ...(seed && { seed }),
    ...(review && { review }),
  };
}

/** The learner's seed, chosen once: a document that has one keeps it. */
export function withLearnerSeed(progress: ProgressDocument, seed: string): ProgressDocument {
  return progress.seed ? progress : { ...progress, seed };
}
