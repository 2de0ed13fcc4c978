/**
 * The one place that touches localStorage. Storage can be missing or throw (private mode, quota
 * exceeded, blocked by policy); a write that fails is kept in memory for the rest of the visit,
 * so a learner's quiz still works, it just is not remembered after a reload.
 *
 * Not built on Docusaurus' `createStorageSlot`: that one logs a console error and drops the value
 * when storage throws, where we want a silent fall-back to memory, and it offers no subscription
 * for `useSyncExternalStore`.
 */

const memory = new Map<string, string>();
const listeners = new Set<() => void>();

export function readItem(key: string): string | null {
  if (memory.has(key)) return memory.get(key) ?? null;
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeItem(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
    memory.delete(key);
  } catch {
    memory.set(key, value);
  }
  listeners.forEach((listener) => listener());
}

/** Calls `listener` when an item changes here or in another tab. */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** Tests only: forget what was kept in memory when storage threw. */
export function forgetMemoryItems(): void {
  memory.clear();
}
