/**
 * Our addition to @docusaurus/plugin-pwa's service worker.
 *
 * - Pages by their clean URL. With `trailingSlash: false` a page such as `/course/lesson` is built
 *   as `course/lesson.html`, a name the plugin's offline lookup does not try (it tries
 *   `/course/lesson` and `/course/lesson/index.html`). Without this, offline navigation to any
 *   lesson would fail. The page is looked up in the current precache only: other caches may hold
 *   HTML from an older deploy, which would then be served indefinitely. `ignoreSearch` because
 *   precached entries carry a revision query; while a new worker installs into the same cache,
 *   the older revision (put first) is the one found, and the new worker's activation deletes it.
 * - Outdated precaches (another cache name, an older Workbox) are deleted on activation.
 */
import { cacheNames } from 'workbox-core';
import { cleanupOutdatedCaches } from 'workbox-precaching';

export default function swCustom(params) {
  cleanupOutdatedCaches();

  self.addEventListener('fetch', (event) => {
    if (!params.offlineMode || event.request.method !== 'GET') return;
    const url = new URL(event.request.url);
    const isPagePath = !url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname);
    if (url.origin !== self.location.origin || !isPagePath) return;
    event.respondWith(
      caches
        .open(cacheNames.precache)
        .then((precache) => precache.match(`${url.origin}${url.pathname}.html`, { ignoreSearch: true }))
        .then((cached) => cached ?? fetch(event.request)),
    );
  });
}
