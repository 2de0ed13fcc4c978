import { useCallback, useSyncExternalStore } from 'react';
import type { QuizAttempt } from '@site/src/components/Quiz/types';
import { quizProgressKey, readQuizProgress, saveQuizAttempt, type QuizProgress } from './quizProgress';
import { subscribe } from './storage';

const serverSnapshot = (): null => null;

/**
 * A learner's saved progress on a quiz. It is null on the server and during hydration (the
 * server snapshot), so the pre-rendered HTML and the first client render match; the saved value
 * appears right after.
 */
export function useQuizProgress(
  quizId: string,
  contentHash: string,
): { readonly progress: QuizProgress | null; readonly saveAttempt: (attempt: QuizAttempt) => QuizProgress } {
  const key = quizProgressKey(quizId, contentHash);
  const getSnapshot = useCallback(() => readQuizProgress(key), [key]);
  const progress = useSyncExternalStore(subscribe, getSnapshot, serverSnapshot);
  return { progress, saveAttempt: saveQuizAttempt };
}
