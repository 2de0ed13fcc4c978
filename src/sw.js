/**
 * Our addition to @docusaurus/plugin-pwa's service worker. With `trailingSlash: false` a page
 * such as `/course/lesson` is built as `course/lesson.html`, a name the plugin's offline lookup
 * does not try (it tries `/course/lesson` and `/course/lesson/index.html`). Without this, offline
 * navigation to any lesson would fail.
 */
export default function swCustom(params) {
  self.addEventListener('fetch', (event) => {
    if (!params.offlineMode || event.request.method !== 'GET') return;
    const url = new URL(event.request.url);
    const isPagePath = !url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname);
    if (url.origin !== self.location.origin || !isPagePath) return;
    event.respondWith(
      caches
        // Precached entries carry a revision query, hence ignoreSearch.
        .match(`${url.origin}${url.pathname}.html`, { ignoreSearch: true })
        .then((cached) => cached ?? fetch(event.request)),
    );
  });
}
