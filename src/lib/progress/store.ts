/**
 * The one place that touches localStorage for progress. It holds the version-2 document under
 * `silicon-statecraft:progress` and:
 *
 * - recovers corrupt data entry by entry, and saves the unreadable entries aside (under
 *   `silicon-statecraft:progress:quarantine`) before it rewrites the document; if they cannot be
 *   saved, it does not rewrite the document either, so nothing is lost;
 * - never writes a document that a newer version of the course saved (a tab left open across a
 *   deploy): that page works in memory and says so (`isNewer`);
 * - falls back to memory when storage is missing, blocked or full (then `isSaved` is false and
 *   the pages say so), and tries storage again on the next change, so freeing space helps at once.
 *
 * Not built on Docusaurus' `createStorageSlot`: that one logs a console error and drops the value
 * when storage throws, where we want a quiet fall-back to memory, and it offers no subscription
 * for `useSyncExternalStore`.
 */
import { PROGRESS_KEY, QUARANTINE_KEY, STORAGE_NAMESPACE } from './keys';
import { emptyProgress, recoverProgressText, type QuarantinedEntry } from './model';
import type { ProgressDocument } from './schema';

export interface ProgressSnapshot {
  readonly progress: ProgressDocument;
  /** False when changes are not being saved: progress lives in memory for this visit only. */
  readonly isSaved: boolean;
  /** The saved progress comes from a newer version of the course; this page must not write it. */
  readonly isNewer: boolean;
  /** How many saved entries could not be read and are set aside (see `readSetAside`). */
  readonly setAside: number;
}

/** The part of `Storage` the store needs, so tests can pass a stand-in. */
export type ProgressStorage = Pick<Storage, 'length' | 'key' | 'getItem' | 'setItem' | 'removeItem'>;

export interface ProgressStore {
  getSnapshot(): ProgressSnapshot;
  subscribe(listener: () => void): () => void;
  update(change: (progress: ProgressDocument) => ProgressDocument): ProgressSnapshot;
  /** Finds out whether storage takes writes, and writes the recovered document back. */
  settle(): void;
  /** Deletes the saved progress and the entries set aside with it. */
  reset(): void;
  /** The entries set aside, as JSON text for the learner to download; null when there are none. */
  readSetAside(): string | null;
}

const PROBE_KEY = `${STORAGE_NAMESPACE}:probe`;

interface Loaded {
  /** The stored texts this snapshot was parsed from: the same texts give the same snapshot. */
  readonly raw: string | null;
  readonly rawSetAside: string | null;
  readonly snapshot: ProgressSnapshot;
}

function listIn(raw: string | null): unknown[] {
  if (raw === null) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value : [value];
  } catch {
    return [raw];
  }
}

export function createProgressStore(getStorage: () => ProgressStorage | null): ProgressStore {
  /** Set while this page works in memory: storage failed or is missing, or holds a newer document. */
  let memory: ProgressDocument | null = null;
  let isNewer = false;
  let loaded: Loaded | null = null;
  let memorySnapshot: ProgressSnapshot | null = null;
  /** Entries recovery set aside that are not saved under QUARANTINE_KEY yet. */
  let pending: readonly QuarantinedEntry[] = [];
  let setAsideCount = 0;
  let isProbed = false;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const storage = (): ProgressStorage | null => {
    try {
      return getStorage();
    } catch {
      return null;
    }
  };

  function toMemory(progress: ProgressDocument): ProgressSnapshot {
    memory = progress;
    loaded = null;
    return fromMemory();
  }

  function fromMemory(): ProgressSnapshot {
    memory ??= emptyProgress();
    if (memorySnapshot?.progress !== memory || memorySnapshot.setAside !== setAsideCount) {
      memorySnapshot = { progress: memory, isSaved: false, isNewer, setAside: setAsideCount };
    }
    return memorySnapshot;
  }

  function load(): ProgressSnapshot {
    const store = storage();
    if (memory || !store) return fromMemory();
    let raw: string | null;
    let rawSetAside: string | null;
    try {
      raw = store.getItem(PROGRESS_KEY);
      rawSetAside = store.getItem(QUARANTINE_KEY);
    } catch {
      return toMemory(emptyProgress());
    }
    // useSyncExternalStore needs the same object for the same stored text: parse once per text.
    if (loaded && loaded.raw === raw && loaded.rawSetAside === rawSetAside) return loaded.snapshot;
    const recovered = raw === null ? { progress: emptyProgress(), quarantined: [], isNewer: false } : recoverProgressText(raw, PROGRESS_KEY);
    if (recovered.isNewer) {
      // Read-only from here on: this page never writes what a newer version saved.
      isNewer = true;
      return toMemory(recovered.progress);
    }
    pending = recovered.quarantined;
    if (pending.length > 0) {
      console.warn(
        `Set aside ${pending.length} invalid saved progress entr${pending.length === 1 ? 'y' : 'ies'} (${pending
          .map((entry) => entry.where)
          .join(', ')}) under "${QUARANTINE_KEY}".`,
      );
    }
    setAsideCount = listIn(rawSetAside).length + pending.length;
    loaded = { raw, rawSetAside, snapshot: { progress: recovered.progress, isSaved: true, isNewer: false, setAside: setAsideCount } };
    return loaded.snapshot;
  }

  /** Adds the pending entries to those already set aside. Throws when storage refuses. */
  function savePending(store: ProgressStorage): void {
    if (pending.length === 0) return;
    const kept = listIn(store.getItem(QUARANTINE_KEY));
    const known = new Set(kept.map((entry) => JSON.stringify(entry)));
    const added = pending.filter((entry) => !known.has(JSON.stringify(entry)));
    store.setItem(QUARANTINE_KEY, JSON.stringify([...kept, ...added]));
    pending = [];
  }

  function write(progress: ProgressDocument): ProgressSnapshot {
    const store = storage();
    if (isNewer || !store) return toMemory(progress);
    try {
      // The entries set aside first: if they cannot be kept, the document is not rewritten
      // without them (it still holds them), and this visit continues in memory.
      savePending(store);
      store.setItem(PROGRESS_KEY, JSON.stringify(progress));
    } catch {
      return toMemory(progress);
    }
    memory = null;
    return load();
  }

  const onStorageEvent = (event: StorageEvent) => {
    if (event.key === null || event.key === PROGRESS_KEY || event.key === QUARANTINE_KEY) notify();
  };

  return {
    getSnapshot: load,

    subscribe(listener) {
      listeners.add(listener);
      window.addEventListener('storage', onStorageEvent);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('storage', onStorageEvent);
      };
    },

    update(change) {
      // From memory too: every change tries storage again, so saving resumes once space is freed.
      const snapshot = write(change(load().progress));
      notify();
      return snapshot;
    },

    settle() {
      const current = load();
      const store = storage();
      if (!current.isSaved || !store) return;
      const needsWrite = pending.length > 0;
      if (isProbed && !needsWrite) return;
      // Every sidebar link subscribes; probe whether storage takes writes once per page load.
      isProbed = true;
      let writable = true;
      try {
        store.setItem(PROBE_KEY, '1');
        store.removeItem(PROBE_KEY);
      } catch {
        writable = false;
      }
      if (!writable) {
        toMemory(current.progress);
        notify();
      } else if (needsWrite) {
        write(current.progress);
        notify();
      }
    },

    reset() {
      const store = storage();
      if (isNewer || !store) {
        toMemory(emptyProgress());
      } else {
        try {
          store.removeItem(PROGRESS_KEY);
          store.removeItem(QUARANTINE_KEY);
          pending = [];
          setAsideCount = 0;
          memory = null;
          loaded = null;
        } catch {
          toMemory(emptyProgress());
        }
      }
      notify();
    },

    readSetAside() {
      let saved: unknown[] = [];
      try {
        saved = listIn(storage()?.getItem(QUARANTINE_KEY) ?? null);
      } catch {
        // Unreadable storage: offer what this page holds.
      }
      const all = [...saved, ...pending];
      return all.length === 0 ? null : JSON.stringify(all, null, 2);
    },
  };
}

/** The browser's store. Nothing here runs on the server: every entry point is called after mount. */
export const progressStore = createProgressStore(() => window.localStorage);
