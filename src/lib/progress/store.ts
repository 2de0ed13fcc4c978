/**
 * The one place that touches localStorage for progress. It holds the version-2 document under
 * `silicon-statecraft:progress`, recovers corrupt data entry by entry, and falls back to memory when storage is missing, blocked
 * or full (then `isSaved` is false and the pages say so).
 *
 * Not built on Docusaurus' `createStorageSlot`: that one logs a console error and drops the value
 * when storage throws, where we want a quiet fall-back to memory, and it offers no subscription
 * for `useSyncExternalStore`.
 */
import {
  emptyProgress,
  PROGRESS_KEY,
  QUARANTINE_KEY,
  recoverProgressText,
  STORAGE_NAMESPACE,
  type QuarantinedEntry,
} from './model';
import type { ProgressDocument } from './schema';

export interface ProgressSnapshot {
  readonly progress: ProgressDocument;
  /** False when storage cannot be written: progress lives in memory for this visit only. */
  readonly isSaved: boolean;
}

/** The part of `Storage` the store needs, so tests can pass a stand-in. */
export type ProgressStorage = Pick<Storage, 'length' | 'key' | 'getItem' | 'setItem' | 'removeItem'>;

export interface ProgressStore {
  getSnapshot(): ProgressSnapshot;
  subscribe(listener: () => void): () => void;
  update(change: (progress: ProgressDocument) => ProgressDocument): ProgressSnapshot;
  /** Finds out whether storage takes writes, and writes the recovered document back. */
  settle(): void;
  reset(): void;
}

const PROBE_KEY = `${STORAGE_NAMESPACE}:probe`;

interface Loaded {
  readonly fingerprint: string;
  readonly snapshot: ProgressSnapshot;
  readonly quarantined: readonly QuarantinedEntry[];
}

export function createProgressStore(getStorage: () => ProgressStorage | null): ProgressStore {
  let memory: ProgressDocument | null = null;
  let loaded: Loaded | null = null;
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
    return { progress, isSaved: false };
  }

  function load(): Loaded {
    const store = storage();
    if (memory || !store) {
      memory ??= emptyProgress();
      if (loaded?.fingerprint === 'memory' && loaded.snapshot.progress === memory) return loaded;
      loaded = { fingerprint: 'memory', snapshot: { progress: memory, isSaved: false }, quarantined: [] };
      return loaded;
    }
    let raw: string | null;
    try {
      raw = store.getItem(PROGRESS_KEY);
    } catch {
      toMemory(emptyProgress());
      return load();
    }
    // useSyncExternalStore needs the same object for the same stored text: parse once per text.
    const fingerprint = raw ?? '';
    if (loaded && loaded.fingerprint === fingerprint) return loaded;
    const { progress, quarantined } = raw === null ? { progress: emptyProgress(), quarantined: [] } : recoverProgressText(raw, PROGRESS_KEY);
    if (quarantined.length > 0) {
      console.warn(
        `Set aside ${quarantined.length} invalid saved progress entr${quarantined.length === 1 ? 'y' : 'ies'} (${quarantined
          .map((entry) => entry.where)
          .join(', ')}) under "${QUARANTINE_KEY}".`,
      );
    }
    loaded = { fingerprint, snapshot: { progress, isSaved: true }, quarantined };
    return loaded;
  }

  function write(progress: ProgressDocument, settled?: Loaded): ProgressSnapshot {
    const store = storage();
    if (memory || !store) return toMemory(progress);
    try {
      store.setItem(PROGRESS_KEY, JSON.stringify(progress));
    } catch {
      return toMemory(progress);
    }
    // Only after the document is safely written: set aside bad entries.
    if (settled) {
      try {
        if (settled.quarantined.length > 0) {
          const previous = store.getItem(QUARANTINE_KEY);
          const kept = previous ? (JSON.parse(previous) as unknown) : [];
          const list = Array.isArray(kept) ? kept : [kept];
          store.setItem(QUARANTINE_KEY, JSON.stringify([...list, ...settled.quarantined]));
        }
      } catch {
        // The quarantine is a courtesy; failing to keep it must not lose the good data.
      }
    }
    return load().snapshot;
  }

  const onStorageEvent = (event: StorageEvent) => {
    if (event.key === null || event.key === PROGRESS_KEY) notify();
  };

  return {
    getSnapshot: () => load().snapshot,

    subscribe(listener) {
      listeners.add(listener);
      window.addEventListener('storage', onStorageEvent);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('storage', onStorageEvent);
      };
    },

    update(change) {
      const current = load();
      const snapshot = write(change(current.snapshot.progress), current);
      notify();
      return snapshot;
    },

    settle() {
      const current = load();
      const store = storage();
      if (!current.snapshot.isSaved || !store) return;
      const needsWrite = current.quarantined.length > 0;
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
        toMemory(current.snapshot.progress);
        notify();
      } else if (needsWrite) {
        write(current.snapshot.progress, current);
        notify();
      }
    },

    reset() {
      const store = storage();
      if (memory || !store) {
        toMemory(emptyProgress());
      } else {
        try {
          store.removeItem(PROGRESS_KEY);
          loaded = null;
        } catch {
          toMemory(emptyProgress());
        }
      }
      notify();
    },
  };
}

/** The browser's store. Nothing here runs on the server: every entry point is called after mount. */
export const progressStore = createProgressStore(() => window.localStorage);
