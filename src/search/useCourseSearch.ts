import { useEffect, useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { SearchOutcome } from './engine';

export type SearchState =
  | { readonly status: 'idle' }
  | { readonly status: 'searching'; readonly previous: SearchOutcome | null }
  | ({ readonly status: 'done'; readonly query: string } & SearchOutcome)
  | { readonly status: 'unavailable' };

/** The results to show: the latest, or while the next search runs, the previous ones. */
export function shownOutcome(state: SearchState): SearchOutcome | null {
  if (state.status === 'done') return state;
  return state.status === 'searching' ? state.previous : null;
}

/** Waits for a pause in typing, so that a word typed letter by letter is one search, not five. */
const SEARCH_DELAY_MS = 150;

const loadEngine = () => import('./engine');

/**
 * Searches the course as `query` changes, loading the search code on first use. The last query
 * wins: results of a query typed over are dropped. `limit` is how many results to load (each
 * costs a small download).
 */
export function useCourseSearch(query: string, limit: number): SearchState {
  const bundleUrl = useBaseUrl('/pagefind/pagefind.js');
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const trimmed = query.trim();

  useEffect(() => {
    if (trimmed === '') {
      setState({ status: 'idle' });
      return;
    }
    let isCurrent = true;
    // Keep showing the previous results while the next arrive, so the list does not flash.
    setState((current) => ({ status: 'searching', previous: current.status === 'done' ? current : null }));
    const timer = setTimeout(() => {
      loadEngine()
        .then((engine) => engine.searchCourse(bundleUrl, trimmed, limit))
        .then(
          (outcome) => isCurrent && setState({ status: 'done', query: trimmed, ...outcome }),
          () => isCurrent && setState({ status: 'unavailable' }),
        );
    }, SEARCH_DELAY_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [trimmed, limit, bundleUrl]);

  return state;
}

/** Starts downloading the search code and index entry, e.g. when the search box gets focus. */
export function usePreloadSearch(): () => void {
  const bundleUrl = useBaseUrl('/pagefind/pagefind.js');
  return () => {
    loadEngine()
      .then((engine) => engine.loadPagefind(bundleUrl))
      .catch(() => undefined);
  };
}
