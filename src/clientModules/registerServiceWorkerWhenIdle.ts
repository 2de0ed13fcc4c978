/**
 * Registers the service worker (the plugin's own `registerSw`) once the page has loaded and the
 * browser is idle, rather than while the entry script runs. The worker precaches the whole build
 * for offline reading; started during page load, that download of every page and chunk competes
 * with the page's own requests and hydration on a phone. Offline reading still begins on the
 * first visit, a moment later.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 5000 });
  else setTimeout(run, 1000);
}

function registerServiceWorker(): void {
  whenIdle(() => {
    void import('@docusaurus/plugin-pwa/lib/registerSw.js');
  });
}

if (ExecutionEnvironment.canUseDOM) {
  if (document.readyState === 'complete') registerServiceWorker();
  else window.addEventListener('load', registerServiceWorker, { once: true });
}
