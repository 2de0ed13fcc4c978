import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

export function useLocation() {
  const href = useSyncExternalStore(subscribe, () => window.location.href);
  const url = new URL(href);
  return { pathname: url.pathname, search: url.search, hash: url.hash, state: undefined };
}

export function useHistory() {
  const go = (method: 'pushState' | 'replaceState') => (to: string | { search?: string; pathname?: string; hash?: string }) => {
    const target = typeof to === 'string' ? to : `${to.pathname ?? window.location.pathname}${to.search ?? ''}${to.hash ?? ''}`;
    window.history[method](null, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  };
  return { push: go('pushState'), replace: go('replaceState'), location: window.location };
}
