/**
 * A queue of route prefetches run a few at a time when the browser is idle.
 *
 * Docusaurus prefetches a route's chunks as soon as a link to it scrolls into view, by appending
 * one `<link rel="prefetch">` per chunk, synchronously in the IntersectionObserver callback. It
 * remembers routes by their full target, so `/course/glossary#a` and `/course/glossary#b` are two
 * prefetches of the same chunks. On a lesson page on a phone that was 257 elements appended in
 * one burst during hydration, a long main-thread task (Lighthouse TBT). The queue keeps the
 * prefetching and its benefit (instant navigation) but drops duplicate paths and spreads the work
 * over idle periods.
 */

export interface IdleDeadlineLike {
  readonly timeRemaining: () => number;
}

export type ScheduleIdle = (run: (deadline: IdleDeadlineLike) => void) => void;

/**
 * At most this many routes per idle period. One route's prefetch takes a few milliseconds on a
 * laptop, and Lighthouse multiplies observed task times by 4 for a phone: an idle period of 50
 * real milliseconds used to the full would count as a 200 ms blocking task.
 */
const MAX_ROUTES_PER_PERIOD = 2;

/** Stop early when the browser wants the main thread back sooner than this. */
const MIN_REMAINING_MS = 4;

/** The path a link prefetches: its target without query or fragment. */
export function prefetchPath(target: string): string {
  return target.replace(/[?#].*$/, '');
}

export function createIdlePrefetchQueue(prefetch: (path: string) => unknown, scheduleIdle: ScheduleIdle) {
  const seen = new Set<string>();
  const pending: string[] = [];
  let isScheduled = false;

  function drain(deadline: IdleDeadlineLike): void {
    isScheduled = false;
    // At least one per idle period, so the queue always advances.
    for (let done = 0; done < MAX_ROUTES_PER_PERIOD && pending.length > 0; done++) {
      if (done > 0 && deadline.timeRemaining() <= MIN_REMAINING_MS) break;
      prefetch(pending.shift()!);
    }
    if (pending.length > 0) schedule();
  }

  function schedule(): void {
    if (isScheduled) return;
    isScheduled = true;
    scheduleIdle(drain);
  }

  /** Queues a link target; returns false when its path was already queued or prefetched. */
  return function enqueue(target: string): boolean {
    const path = prefetchPath(target);
    if (seen.has(path)) return false;
    seen.add(path);
    pending.push(path);
    schedule();
    return true;
  };
}
