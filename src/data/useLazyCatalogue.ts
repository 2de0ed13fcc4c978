import { useEffect, useState } from 'react';
import type { Catalogue } from './catalogue';

let loaded: Catalogue | null = null;
let loading: Promise<Catalogue> | null = null;

function loadCatalogue(): Promise<Catalogue> {
  loading ??= import('@generated/silicon-statecraft-catalogue/default/catalogue.json').then(
    (module) => (loaded = module.default),
    (error: unknown) => {
      // Offline before the file was ever cached: try again next time it is needed.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * The catalogue, loaded after mount and only once `isNeeded` (e.g. when the learner has
 * progress), for components on every page (the sidebar, the landing page): its size grows with
 * the course, so it must not be in their bundle. Null until loaded, including during the
 * server render and hydration, so the first client render matches the pre-rendered HTML.
 */
export function useLazyCatalogue(isNeeded = true): Catalogue | null {
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  useEffect(() => {
    if (!isNeeded) return;
    if (loaded) {
      setCatalogue(loaded);
      return;
    }
    let isCurrent = true;
    loadCatalogue().then(
      (result) => isCurrent && setCatalogue(result),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [isNeeded]);
  return catalogue;
}
