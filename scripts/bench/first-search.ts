/**
 * What the first search costs on the network, counted in a real browser: every response from the
 * moment the learner presses Ctrl+K until the suggestions are shown and the network is idle,
 * in bytes as sent (gzip where the server compresses). Used by the browser test
 * (tests/e2e/search.spec.ts) and the benchmark, so both measure the same thing.
 */
import { chromium, type Page, type Request } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../chromium.cjs';
import { startStaticServer } from '../static-server.cjs';

export interface FirstSearch {
  /** Bytes of Pagefind's code, index entry, index chunks and result fragments, and our search code. */
  readonly total: number;
  readonly files: readonly { readonly path: string; readonly bytes: number }[];
  /** Requests to other origins (there should be none). */
  readonly outside: readonly string[];
  /** The suggestions' titles, in order. */
  readonly titles: readonly string[];
}

/**
 * A service worker would answer from its caches: keep it from registering, so that every byte is
 * counted from the network. (Blocking workers in the browser instead makes the PWA plugin log an
 * error.) Call before the page loads.
 */
export async function withoutServiceWorker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.serviceWorker, 'register', { value: () => new Promise(() => undefined) });
  });
}

/** On a loaded, hydrated page with no search done yet. */
export async function countFirstSearch(page: Page, query: string): Promise<FirstSearch> {
  await page.waitForLoadState('networkidle');
  const origin = new URL(page.url()).origin;
  const pending: Promise<{ path: string; bytes: number; type: string }>[] = [];
  const outside: string[] = [];
  const onFinished = (request: Request) => {
    if (!request.url().startsWith(origin)) outside.push(request.url());
    pending.push(
      request.sizes().then(({ responseBodySize }) => ({
        path: new URL(request.url()).pathname,
        bytes: responseBodySize,
        type: request.resourceType(),
      })),
    );
  };
  page.on('requestfinished', onFinished);
  const box = page.getByRole('combobox', { name: 'Search the course' });
  await page.keyboard.press('ControlOrMeta+k');
  await box.fill(query);
  await page.getByRole('status').filter({ hasText: `results for “${query}”` }).waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  page.off('requestfinished', onFinished);
  // Idle-time prefetches of linked pages (type "other") belong to the next page, not the search.
  const files = (await Promise.all(pending))
    .filter((file) => file.path.includes('/pagefind/') || file.type === 'script')
    .map(({ path, bytes }) => ({ path, bytes }));
  const titles = await page
    .getByRole('listbox', { name: 'Search suggestions' })
    .getByRole('option')
    .evaluateAll((items) => items.map((item) => item.querySelector('span')?.textContent ?? ''));
  return { total: files.reduce((sum, file) => sum + file.bytes, 0), files, outside, titles };
}

/** The first search for `query` from `pagePath` of a built site, in a fresh browser. */
export async function measureFirstSearch(buildDir: string, pagePath: string, query: string): Promise<FirstSearch> {
  const server = await startStaticServer({ root: buildDir });
  const { executablePath } = await resolveChromium();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await withoutServiceWorker(page);
    await page.goto(`${server.url}${pagePath}`);
    await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
    return await countFirstSearch(page, query);
  } finally {
    await browser.close();
    await server.close();
  }
}
