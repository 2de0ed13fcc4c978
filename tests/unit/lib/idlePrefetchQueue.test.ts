import { createIdlePrefetchQueue, prefetchPath, type IdleDeadlineLike } from '@site/src/lib/prefetch/idlePrefetchQueue';

function setup() {
  const prefetched: string[] = [];
  const idleCallbacks: Array<(deadline: IdleDeadlineLike) => void> = [];
  // Each prefetch uses up 5 ms of the current idle period.
  let remainingMs = 0;
  const enqueue = createIdlePrefetchQueue(
    (path) => {
      prefetched.push(path);
      remainingMs -= 5;
    },
    (run) => idleCallbacks.push(run),
  );
  const runIdle = (periodMs: number) => {
    remainingMs = periodMs;
    idleCallbacks.shift()?.({ timeRemaining: () => Math.max(0, remainingMs) });
  };
  return { enqueue, prefetched, idleCallbacks, runIdle };
}

describe('idle prefetch queue', () => {
  it('prefetches nothing until the browser is idle', () => {
    const { enqueue, prefetched, idleCallbacks } = setup();
    enqueue('/course/glossary');
    expect(prefetched).toEqual([]);
    expect(idleCallbacks).toHaveLength(1);
  });

  it('prefetches a page once, whatever the fragment or query of the links to it', () => {
    const { enqueue, prefetched, runIdle } = setup();
    expect(enqueue('/course/glossary#chip')).toBe(true);
    expect(enqueue('/course/glossary#wafer')).toBe(false);
    expect(enqueue('/course/glossary?x=1')).toBe(false);
    runIdle(50);
    expect(prefetched).toEqual(['/course/glossary']);
  });

  it('spreads a burst of links over idle periods, at most two routes in each', () => {
    const { enqueue, prefetched, idleCallbacks, runIdle } = setup();
    for (const slug of ['a', 'b', 'c', 'd', 'e', 'f']) enqueue(`/course/${slug}`);
    runIdle(50);
    expect(prefetched).toEqual(['/course/a', '/course/b']);
    expect(idleCallbacks).toHaveLength(1);
    // A short idle period still advances the queue by one.
    runIdle(0);
    expect(prefetched).toHaveLength(3);
    runIdle(50);
    runIdle(50);
    expect(prefetched).toHaveLength(6);
    expect(idleCallbacks).toHaveLength(0);
  });

  it('strips only the query and fragment from a target', () => {
    expect(prefetchPath('/timeline?category=space#cern-founded')).toBe('/timeline');
    expect(prefetchPath('/course/foundations')).toBe('/course/foundations');
  });
});
