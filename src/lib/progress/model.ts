/**
 * Pure logic of the course progress store: recovering saved data entry by entry, recording
 * visits and attempts, and merging two documents (import).
 * No React, no DOM: the store (store.ts) feeds it strings and writes back what it returns.
 */
import type { QuizAttempt } from '../../quiz/attempt';
import { ownEntry } from '../ownEntry';
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


/** Saved data that failed validation, kept aside (never silently dropped) with where it was. */
export interface QuarantinedEntry {
  readonly where: string;
  readonly value: unknown;
}

export interface Recovered {
  readonly progress: ProgressDocument;
  readonly quarantined: readonly QuarantinedEntry[];
  /**
   * The data was written by a newer version of the course (a higher `version`): what this version
   * understands of it is in `progress`, and it must never be written back.
   */
  readonly isNewer: boolean;
}

export function emptyProgress(): ProgressDocument {
  return { version: PROGRESS_VERSION, lessons: {}, quizzes: {}, lastActivity: null };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Keeps every valid lesson and quiz entry of saved data and sets the others aside. Only data
 * that is not an object at all is quarantined whole: there is nothing in it to keep. Fields this
 * version does not know are kept as they are. A document from a newer version is read as far as
 * this version understands it; what it does not understand is left alone, not set aside.
 */
export function recoverProgress(value: unknown, where = 'progress'): Recovered {
  if (!isRecord(value)) return { progress: emptyProgress(), quarantined: [{ where, value }], isNewer: false };
  const { version, lessons: _lessons, quizzes: _quizzes, lastActivity: savedActivity, seed: savedSeed, review: savedReview, ...unknownFields } = value;
  const isNewer = typeof version === 'number' && version > PROGRESS_VERSION;
  const quarantined: QuarantinedEntry[] = [];
  const setAside = (entry: QuarantinedEntry) => {
    if (!isNewer) quarantined.push(entry);
  };
  if (version !== PROGRESS_VERSION) setAside({ where: `${where}.version`, value: version });

  const section = (name: 'lessons' | 'quizzes'): [string, unknown][] => {
    const found = value[name];
    if (found === undefined) return [];
    if (isRecord(found)) return Object.entries(found);
    setAside({ where: `${where}.${name}`, value: found });
    return [];
  };
  // Built with Object.fromEntries: an id such as `__proto__` becomes an entry like any other.
  const lessons = Object.fromEntries(
    section('lessons').flatMap(([id, entry]): [string, LessonEntry][] => {
      const parsed = LessonEntrySchema.safeParse(entry);
      if (parsed.success) return [[id, parsed.data]];
      setAside({ where: `${where}.lessons.${id}`, value: entry });
      return [];
    }),
  );
  const quizzes = Object.fromEntries(
    section('quizzes').flatMap(([id, entry]): [string, QuizEntry][] => {
      const parsed = QuizEntrySchema.safeParse(entry);
      if (parsed.success && parsed.data.latest.quizId === id) return [[id, parsed.data]];
      setAside({ where: `${where}.quizzes.${id}`, value: entry });
      return [];
    }),
  );
  let lastActivity: LastActivity | null = null;
  if (savedActivity !== undefined && savedActivity !== null) {
    const parsed = LastActivitySchema.safeParse(savedActivity);
    if (parsed.success) lastActivity = parsed.data;
    else setAside({ where: `${where}.lastActivity`, value: savedActivity });
  }
  let seed: string | undefined;
  if (savedSeed !== undefined) {
    const parsed = LearnerSeedSchema.safeParse(savedSeed);
    if (parsed.success) seed = parsed.data;
    else setAside({ where: `${where}.seed`, value: savedSeed });
  }
  const { deck: review, setAside: deckSetAside } = recoverDeck(savedReview, `${where}.review`);
  deckSetAside.forEach(setAside);
  return {
    progress: { ...unknownFields, version: PROGRESS_VERSION, lessons, quizzes, lastActivity, ...(seed && { seed }), ...(review && { review }) },
    quarantined,
    isNewer,
  };
}

/** Parses stored or imported text; text that is not JSON is quarantined whole. */
export function recoverProgressText(raw: string, where = 'progress'): Recovered {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), quarantined: [{ where, value: raw }], isNewer: false };
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
  const existing = ownEntry(progress.lessons, docId);
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
  const previous = ownEntry(progress.quizzes, attempt.quizId);
  const current = previous?.contentHash === attempt.contentHash ? previous : undefined;
  const entry: QuizEntry = {
    // Fields a later version added to the entry stay, as long as the quiz is the same version.
    ...current,
    contentHash: attempt.contentHash,
    latest: attempt,
    best: betterScore(current?.best, attempt),
    attempts: (current?.attempts ?? 0) + 1,
  };
  let lessons = progress.lessons;
  if (docId) {
    const lesson = ownEntry(lessons, docId) ?? { visitedAt: attempt.startedAt };
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
  const { completedAt: _, ...fields } = { ...b, ...a };
  return completedAt ? { ...fields, visitedAt, completedAt } : { ...fields, visitedAt };
}

function mergeQuiz(a: QuizEntry | undefined, b: QuizEntry | undefined): QuizEntry {
  if (!a) return b!;
  if (!b) return a;
  const newer = later(b.latest.submittedAt, a.latest.submittedAt) ? b : a;
  // Results of different versions of a quiz do not mix: the version attempted last wins.
  if (a.contentHash !== b.contentHash) return newer;
  return {
    ...b,
    ...a,
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
  const ids = (x: Record<string, unknown>, y: Record<string, unknown>) => [...new Set([...Object.keys(x), ...Object.keys(y)])];
  const lessons = Object.fromEntries(
    ids(a.lessons, b.lessons).map((id) => [id, mergeLesson(ownEntry(a.lessons, id), ownEntry(b.lessons, id))]),
  );
  const quizzes = Object.fromEntries(
    ids(a.quizzes, b.quizzes).map((id) => [id, mergeQuiz(ownEntry(a.quizzes, id), ownEntry(b.quizzes, id))]),
  );
  const seed = a.seed ?? b.seed;
  const review = mergeDecks(a.review, b.review);
  return {
    ...b,
    ...a,
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
