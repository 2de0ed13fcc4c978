import { useEffect, useState } from 'react';
import type { QuizAttempt } from '@site/src/quiz/attempt';
import { readLatestAttempts } from '@site/src/lib/assignment/readAttempts';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The learner's latest saved attempt at each quiz, read after mount and again when another tab
 * saves. Storage that cannot be read gives no attempts, not an error.
 */
export function useLatestAttempts(quizIds: readonly string[]): ReadonlyMap<string, QuizAttempt> {
  const [attempts, setAttempts] = useState<ReadonlyMap<string, QuizAttempt>>(new Map());
  const key = quizIds.join('\n');
  useEffect(() => {
    const ids = key === '' ? [] : key.split('\n');
    const read = () => {
      const store = storage();
      setAttempts(store ? readLatestAttempts(ids, store) : new Map());
    };
    read();
    window.addEventListener('storage', read);
    return () => window.removeEventListener('storage', read);
  }, [key]);
  return attempts;
}
