import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { QuizAttempt } from '../../quiz/attempt';
import { ownEntry } from '../ownEntry';
import { PROGRESS_KEY } from './keys';
import type { QuizProgress } from './schema';
import type { ProgressSnapshot } from './store';

type Runtime = typeof import('./runtime');

// The store and its validator load after mount (see runtime.ts); until then the hooks report
// null, as they do on the server, so the pre-rendered HTML and the first render match.
let runtime: Runtime | null = null;
let loading: Promise<Runtime> | null = null;
/** Readers waiting for anything on the page to load the store (see useSavedProgress). */
const waitingForLoad = new Set<() => void>();

export function loadProgressRuntime(): Promise<Runtime> {
  if (!loading) {
    loading = import('./runtime').then((loaded) => {
      runtime = loaded;
      return loaded;
    });
    waitingForLoad.forEach((start) => start());
  }
  return loading;
}

const serverSnapshot = (): null => null;
const getSnapshot = (): ProgressSnapshot | null => runtime?.progressStore.getSnapshot() ?? null;

function subscribe(listener: () => void): () => void {
  let unsubscribe: (() => void) | null = null;
  let isLive = true;
  void loadProgressRuntime().then(({ progressStore }) => {
    if (!isLive) return;
    unsubscribe = progressStore.subscribe(listener);
    // First subscriber after mount: find out whether storage can be written.
    progressStore.settle();
    listener();
  });
  return () => {
    isLive = false;
    unsubscribe?.();
  };
}

/**
 * The learner's course progress, or null on the server, during hydration and until the store
 * has loaded. Updates when this tab or another one changes it.
 */
export function useProgress(): ProgressSnapshot | null {
  return useSyncExternalStore(subscribe, getSnapshot, serverSnapshot);
}

/** Whether this browser has saved progress; false too when storage cannot be read. */
function isProgressSaved(): boolean {
  try {
    return window.localStorage.getItem(PROGRESS_KEY) !== null;
  } catch {
    return false;
  }
}

/** Subscribes once there is progress to read: saved already, saved by another tab, or loaded here. */
function subscribeWhenSaved(listener: () => void): () => void {
  if (loading || isProgressSaved()) return subscribe(listener);
  let unsubscribe: (() => void) | null = null;
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === PROGRESS_KEY) start();
  };
  const stopWaiting = () => {
    waitingForLoad.delete(start);
    window.removeEventListener('storage', onStorage);
  };
  function start() {
    stopWaiting();
    unsubscribe ??= subscribe(listener);
  }
  waitingForLoad.add(start);
  window.addEventListener('storage', onStorage);
  return () => {
    stopWaiting();
    unsubscribe?.();
  };
}

/**
 * useProgress for a reader with nothing to show until the learner has saved something (the
 * navbar's review count, the landing page's continue link). It loads the store and its validator
 * (about 15 KB gzip, and a long task on a phone) only when progress is saved in this browser or
 * something else on the page loads them; until then it is null, as on the server.
 */
export function useSavedProgress(): ProgressSnapshot | null {
  return useSyncExternalStore(subscribeWhenSaved, getSnapshot, serverSnapshot);
}

/** The doc a quiz sits in, so that passing it completes that lesson. */
export const LessonContext = createContext<string | null>(null);

/** Records a visit to a lesson once it has mounted. */
export function useRecordVisit(docId: string | null): void {
  useEffect(() => {
    if (!docId) return;
    const at = new Date().toISOString();
    void loadProgressRuntime().then(({ progressStore, withVisit }) =>
      progressStore.update((progress) => withVisit(progress, docId, at)),
    );
  }, [docId]);
}

export async function saveQuizAttempt(attempt: QuizAttempt, docId?: string): Promise<void> {
  const { progressStore, withAttempt } = await loadProgressRuntime();
  progressStore.update((progress) => withAttempt(progress, attempt, docId));
}

export interface QuizProgressState {
  /** Whether the learner's progress has loaded (false on the server and during hydration). */
  readonly isLoaded: boolean;
  /** Saved results on this version of the quiz, or null. */
  readonly progress: QuizProgress | null;
  /** The learner's random seed (see src/quiz/draw.ts), once loaded. */
  readonly learnerSeed: string | null;
  readonly saveAttempt: (attempt: QuizAttempt) => void;
}

/** A new learner seed: 8 base-36 characters, chosen once and kept in progress. */
function newLearnerSeed(): string {
  return Math.floor(Math.random() * 36 ** 8).toString(36).padStart(8, '0');
}

/**
 * A learner's saved results on one version of a quiz: results saved for another content hash
 * (an edited quiz) count as none, so stale answers never show. Gives the learner a seed the first
 * time a quiz needs one.
 */
export function useQuizProgress(quizId: string, contentHash: string): QuizProgressState {
  const snapshot = useProgress();
  const docId = useContext(LessonContext);
  const entry = snapshot ? ownEntry(snapshot.progress.quizzes, quizId) : undefined;
  const progress = useMemo(
    () => (entry && entry.contentHash === contentHash ? { latest: entry.latest, best: entry.best, attempts: entry.attempts } : null),
    [entry, contentHash],
  );
  const learnerSeed = snapshot?.progress.seed ?? null;
  const isLoaded = snapshot !== null;
  useEffect(() => {
    if (!isLoaded || learnerSeed !== null) return;
    const seed = newLearnerSeed();
    void loadProgressRuntime().then(({ progressStore, withLearnerSeed }) =>
      progressStore.update((current) => withLearnerSeed(current, seed)),
    );
  }, [isLoaded, learnerSeed]);
  const saveAttempt = useCallback((attempt: QuizAttempt) => void saveQuizAttempt(attempt, docId ?? undefined), [docId]);
  return { isLoaded, progress, learnerSeed, saveAttempt };
}
