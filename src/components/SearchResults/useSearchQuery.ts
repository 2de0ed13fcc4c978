import { useCallback, useEffect, useRef, useState } from 'react';
import { useHistory, useLocation } from '@docusaurus/router';

const queryOf = (search: string) => new URLSearchParams(search).get('q') ?? '';

/**
 * The results page's query, mirrored in the address (`/search?q=…`) so that results can be
 * shared, reloaded and reached from the search box. Read after mount only (the page is
 * pre-rendered without a query); written with `history.replace`, so typing does not fill the
 * back button. A new address from elsewhere (the search box's "See all results" while on this
 * page) replaces the query.
 */
export function useSearchQuery(): readonly [string, (next: string) => void] {
  const location = useLocation();
  const history = useHistory();
  const [query, setQueryState] = useState('');
  const written = useRef<string | null>(null);

  useEffect(() => {
    if (location.search === written.current) return;
    setQueryState(queryOf(location.search));
  }, [location.search]);

  const setQuery = useCallback(
    (next: string) => {
      setQueryState(next);
      const search = next === '' ? '' : `?${new URLSearchParams({ q: next })}`;
      written.current = search;
      history.replace({ pathname: location.pathname, search, hash: '' });
    },
    [history, location.pathname],
  );

  return [query, setQuery];
}
