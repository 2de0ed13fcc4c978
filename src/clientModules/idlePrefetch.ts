/**
 * Routes Docusaurus' link prefetching through an idle-time queue (see
 * src/lib/prefetch/idlePrefetchQueue.ts for why). `<Link>` calls `window.docusaurus.prefetch`
 * when a link scrolls into view; the entry script assigns `window.docusaurus` after the client
 * modules have run, hence the microtask. Hover preloading is left as it is: it is one route, on
 * purpose, right before a click.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { createIdlePrefetchQueue, type ScheduleIdle } from '@site/src/lib/prefetch/idlePrefetchQueue';

const scheduleIdle: ScheduleIdle = (run) => {
  if ('requestIdleCallback' in window) {
    window.requestIdleCallback(run, { timeout: 5000 });
  } else {
    // Safari: no idle callbacks; a short task later is the next best thing.
    setTimeout(() => run({ timeRemaining: () => 0 }), 50);
  }
};

if (ExecutionEnvironment.canUseDOM) {
  queueMicrotask(() => {
    const original = window.docusaurus;
    if (!original) return;
    const enqueue = createIdlePrefetchQueue((path) => original.prefetch(path), scheduleIdle);
    window.docusaurus = {
      ...original,
      prefetch: (target: string) => {
        enqueue(target);
        return false;
      },
    };
  });
}
