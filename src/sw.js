/**
 * Our addition to @docusaurus/plugin-pwa's service worker.
 *
 * Clean URLs: with `trailingSlash: false` a page such as `/course/lesson` is built as
 * `course/lesson.html`, a name the plugin's offline lookup does not try (it tries `/course/lesson`
 * and `/course/lesson/index.html`). Without this, offline navigation to any lesson would fail.
 *
 * Search offline: the search index (`pagefind/`) is not precached (docusaurus.config.ts); the
 * files a search fetches (Pagefind's code, the index entry, the index chunks and result
 * fragments) are kept in a cache of their own as they pass, so a learner who searched online can
 * search again offline. Chunk and fragment names carry a content hash, so they are served from
 * the cache first; the code and the entry, whose names do not change, from the network first. A
 * new build installs a new worker, which empties that cache when it takes over.
 */
const SEARCH_CACHE = 'silicon-statecraft-search';
const HASHED_SEARCH_FILE = /\.pf_(index|fragment|meta|filter)$/;

// Kept by address without its query: Pagefind asks for its entry with a cache-busting
// `?ts=<now>`, different every time.
const cacheKey = (request) => {
  const url = new URL(request.url);
  return `${url.origin}${url.pathname}`;
};

function cacheFirst(request) {
  return caches.open(SEARCH_CACHE).then((cache) =>
    cache.match(cacheKey(request)).then(
      (cached) =>
        cached ??
        fetch(request).then((response) => {
          if (response.ok) cache.put(cacheKey(request), response.clone());
          return response;
        }),
    ),
  );
}

function networkFirst(request) {
  return caches.open(SEARCH_CACHE).then((cache) =>
    fetch(request).then(
      (response) => {
        if (response.ok) cache.put(cacheKey(request), response.clone());
        return response;
      },
      (error) => cache.match(cacheKey(request)).then((cached) => cached ?? Promise.reject(error)),
    ),
  );
}

export default function swCustom(params) {
  const searchPath = new URL('pagefind/', self.registration.scope).pathname;

  self.addEventListener('activate', (event) => {
    // Claim the open pages: the course is a single-page app, so without this the page that
    // installed the worker (and every page reached from it by a link) would never pass its
    // searches through the worker, and nothing would be kept for offline use.
    event.waitUntil(Promise.all([caches.delete(SEARCH_CACHE), self.clients.claim()]));
  });

  self.addEventListener('fetch', (event) => {
    if (!params.offlineMode || event.request.method !== 'GET') return;
    const url = new URL(event.request.url);
    if (url.origin !== self.location.origin) return;
    if (url.pathname.startsWith(searchPath)) {
      event.respondWith(HASHED_SEARCH_FILE.test(url.pathname) ? cacheFirst(event.request) : networkFirst(event.request));
      return;
    }
    const isPagePath = !url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname);
    if (!isPagePath) return;
    event.respondWith(
      caches
        // Precached entries carry a revision query, hence ignoreSearch.
        .match(`${url.origin}${url.pathname}.html`, { ignoreSearch: true })
        .then((cached) => cached ?? fetch(event.request)),
    );
  });
}
