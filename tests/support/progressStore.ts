/**
 * Unit tests: a fresh progress store for each test, as a new page visit would have. The store
 * keeps its memory fall-back for the page's lifetime, so sharing one across tests would leak a
 * blocked-storage test into the next. `tests/unit/setup.ts` swaps the browser's store module for
 * one whose `progressStore` forwards to the current fresh store.
 */
import type * as StoreModule from '@site/src/lib/progress/store';

type Store = StoreModule.ProgressStore;

export function createForwardingStore(create: () => Store): { readonly store: Store; readonly renew: () => void } {
  let current = create();
  const store: Store = {
    getSnapshot: () => current.getSnapshot(),
    subscribe: (listener) => current.subscribe(listener),
    update: (change) => current.update(change),
    settle: () => current.settle(),
    reset: () => current.reset(),
    readSetAside: () => current.readSetAside(),
  };
  return { store, renew: () => { current = create(); } };
}

/** Starts the current test (or a later part of it) with a fresh store, as after a reload. */
export function freshProgressStore(): void {
  (jest.requireMock('@site/src/lib/progress/store') as { renewProgressStore: () => void }).renewProgressStore();
}
