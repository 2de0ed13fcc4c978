import { useEffect, useState } from 'react';
import type { Catalogue, LessonQuizzes } from './catalogue';

/**
 * A hook that loads a build-time data module after mount, once `isNeeded`, for components on
 * every page: data that grows with the course must not be in their bundle. The value is null
 * until loaded, including during the server render and hydration, so the first client render
 * matches the pre-rendered HTML. Loaded once per page view, whoever asks first.
 */
function lazyData<T>(load: () => Promise<{ default: T }>): (isNeeded?: boolean) => T | null {
  let loaded: T | null = null;
  let loading: Promise<T> | null = null;
  const loadOnce = () =>
    (loading ??= load().then(
      (module) => (loaded = module.default),
      (error: unknown) => {
        // Offline before the file was ever cached: try again next time it is needed.
        loading = null;
        throw error;
      },
    ));

  return function useLazyData(isNeeded = true): T | null {
    const [data, setData] = useState<T | null>(null);
    useEffect(() => {
      if (!isNeeded) return;
      if (loaded) {
        setData(loaded);
        return;
      }
      let isCurrent = true;
      loadOnce().then(
        (result) => isCurrent && setData(result),
        () => undefined,
      );
      return () => {
        isCurrent = false;
      };
    }, [isNeeded]);
    return data;
  };
}

/** The whole catalogue: the landing page's "Continue where you left off". */
export const useLazyCatalogue = lazyData<Catalogue>(() => import('@generated/silicon-statecraft-catalogue/default/catalogue.json'));

/** Which quiz completes which lesson: the sidebar's lesson status, on every doc page. */
export const useLessonQuizzes = lazyData<LessonQuizzes>(() => import('@generated/silicon-statecraft-catalogue/default/lesson-quizzes.json'));
