import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { QuizAttempt } from '@site/src/components/Quiz/types';
import { withAttempt, withVisit } from './model';
import type { QuizProgress } from './schema';
import { progressStore, type ProgressSnapshot } from './store';

const serverSnapshot = (): null => null;
const subscribe = (listener: () => void) => {
  const unsubscribe = progressStore.subscribe(listener);
  // First subscriber after mount: migrate old keys and find out whether storage can be written.
  progressStore.settle();
  return unsubscribe;
};
const getSnapshot = () => progressStore.getSnapshot();

/**
 * The learner's course progress, or null on the server and during hydration (the server
 * snapshot), so the pre-rendered HTML and the first client render match; the saved value
 * appears right after. Updates when this tab or another one changes it.
 */
export function useProgress(): ProgressSnapshot | null {
  return useSyncExternalStore(subscribe, getSnapshot, serverSnapshot);
}

/** The doc a quiz sits in, so that passing it completes that lesson. */
export const LessonContext = createContext<string | null>(null);

/** Records a visit to a lesson once it has mounted. */
export function useRecordVisit(docId: string | null): void {
  useEffect(() => {
    if (docId) progressStore.update((progress) => withVisit(progress, docId, new Date().toISOString()));
  }, [docId]);
}

export function saveQuizAttempt(attempt: QuizAttempt, docId?: string): void {
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
  const entry = snapshot?.progress.quizzes[quizId];
  const progress = useMemo(
    () => (entry && entry.contentHash === contentHash ? { latest: entry.latest, best: entry.best, attempts: entry.attempts } : null),
    [entry, contentHash],
  );
  const saveAttempt = useCallback((attempt: QuizAttempt) => saveQuizAttempt(attempt, docId ?? undefined), [docId]);
  return { progress, saveAttempt };
}
