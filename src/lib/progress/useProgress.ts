import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { QuizAttempt } from '@site/src/quiz/attempt';
import { ownEntry } from '../ownEntry';
import type { QuizProgress } from './schema';
import type { ProgressSnapshot } from './store';

type Runtime = typeof import('./runtime');

// The store and its validator load after mount (see runtime.ts); until then the hooks report
// null, as they do on the server, so the pre-rendered HTML and the first render match.
let runtime: Runtime | null = null;
let loading: Promise<Runtime> | null = null;

export function loadProgressRuntime(): Promise<Runtime> {
  loading ??= import('./runtime').then((loaded) => {
    runtime = loaded;
    return loaded;
  });
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

/**
 * A learner's saved results on one version of a quiz: results saved for another content hash
 * (an edited quiz) count as none, so stale answers never show.
 */
export function useQuizProgress(
  quizId: string,
  contentHash: string,
): { readonly progress: QuizProgress | null; readonly saveAttempt: (attempt: QuizAttempt) => void } {
  const snapshot = useProgress();
  const docId = useContext(LessonContext);
  const entry = snapshot ? ownEntry(snapshot.progress.quizzes, quizId) : undefined;
  const progress = useMemo(
    () => (entry && entry.contentHash === contentHash ? { latest: entry.latest, best: entry.best, attempts: entry.attempts } : null),
    [entry, contentHash],
  );
  const saveAttempt = useCallback((attempt: QuizAttempt) => void saveQuizAttempt(attempt, docId ?? undefined), [docId]);
  return { progress, saveAttempt };
}
