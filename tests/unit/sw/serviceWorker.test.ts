/**
 * @jest-environment node
 *
 * Our addition to the service worker (src/sw.js), run against a small in-memory CacheStorage that
 * behaves like the browser's: `caches.match` looks through every cache in the order they were
 * created, `cache.match` through one cache's entries in the order they were put.
 */
const ORIGIN = 'https://course.example.org';
const SCOPE = `${ORIGIN}/silicon-statecraft/`;
const CURRENT_PRECACHE = `workbox-precache-v2-${SCOPE}`;

class FakeCache {
  readonly entries: [string, Response][] = [];
  async put(url: string, response: Response): Promise<void> {
    this.entries.push([url, response]);
  }
  async match(url: string, options: { ignoreSearch?: boolean } = {}): Promise<Response | undefined> {
    const key = (value: string) => (options.ignoreSearch ? value.split('?')[0] : value);
    return this.entries.find(([stored]) => key(stored) === key(url))?.[1].clone();
  }
}

class FakeCacheStorage {
  readonly caches = new Map<string, FakeCache>();
  async open(name: string): Promise<FakeCache> {
    if (!this.caches.has(name)) this.caches.set(name, new FakeCache());
    return this.caches.get(name)!;
  }
  async has(name: string): Promise<boolean> {
    return this.caches.has(name);
  }
  async keys(): Promise<string[]> {
    return [...this.caches.keys()];
  }
  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name);
  }
  async match(url: string, options?: { ignoreSearch?: boolean }): Promise<Response | undefined> {
    for (const cache of this.caches.values()) {
      const found = await cache.match(url, options);
      if (found) return found;
    }
    return undefined;
  }
}

type Listener = (event: any) => void;

function startWorker(caches: FakeCacheStorage, network: (url: string) => Response = () => new Response('from the network')) {
  const listeners: Record<string, Listener[]> = {};
  Object.assign(globalThis, {
    self: globalThis,
    __WB_DISABLE_DEV_LOGS: true,
    registration: { scope: SCOPE },
    clients: { claim: async () => undefined },
    location: new URL(`${SCOPE}sw.js`),
    caches,
    fetch: jest.fn(async (request: Request) => network(request.url)),
    addEventListener: (type: string, listener: Listener) => (listeners[type] ??= []).push(listener),
  });
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('@site/src/sw.js') as { default: (params: { offlineMode: boolean }) => void }).default({ offlineMode: true });
  });
  return {
    async open(path: string): Promise<string | null> {
      let response: Promise<Response> | null = null;
      for (const listener of listeners.fetch ?? []) {
        listener({ request: new Request(`${ORIGIN}${path}`), respondWith: (r: Promise<Response>) => (response = r) });
      }
      return response === null ? null : (await response as Response).text();
    },
    async activate(): Promise<void> {
      const waits: Promise<unknown>[] = [];
      for (const listener of listeners.activate ?? []) listener({ waitUntil: (p: Promise<unknown>) => waits.push(p) });
      await Promise.all(waits);
    },
  };
}

async function page(text: string): Promise<Response> {
  return new Response(`<h1>${text}</h1>`, { headers: { 'Content-Type': 'text/html' } });
}

describe('service worker: pages by their clean URL', () => {
  it('serves a page from the current precache, not from an older cache that holds the same page', async () => {
    const caches = new FakeCacheStorage();
    // A cache left by an earlier deploy whose cache name was different.
    await (await caches.open(`workbox-precache-${SCOPE}`)).put(`${SCOPE}course/lesson.html?__WB_REVISION__=old`, await page('old lesson'));
    await (await caches.open(CURRENT_PRECACHE)).put(`${SCOPE}course/lesson.html?__WB_REVISION__=new`, await page('new lesson'));
    const worker = startWorker(caches);
    expect(await worker.open('/silicon-statecraft/course/lesson')).toBe('<h1>new lesson</h1>');
  });

  it('goes to the network for a page the precache does not have, and leaves files alone', async () => {
    const caches = new FakeCacheStorage();
    await (await caches.open('some-other-cache')).put(`${SCOPE}course/new-lesson.html`, await page('stale copy'));
    const worker = startWorker(caches);
    expect(await worker.open('/silicon-statecraft/course/new-lesson')).toBe('from the network');
    expect(await worker.open('/silicon-statecraft/assets/js/main.js')).toBeNull();
  });

  it('deletes outdated precaches when it activates, and keeps other caches', async () => {
    const caches = new FakeCacheStorage();
    await caches.open(`workbox-precache-${SCOPE}`);
    await caches.open(`workbox-precache-v2-${SCOPE}-temp`);
    await caches.open(CURRENT_PRECACHE);
    await caches.open('another-app');
    const worker = startWorker(caches);
    await worker.activate();
    expect(await caches.keys()).toEqual([CURRENT_PRECACHE, 'another-app']);
  });
});
