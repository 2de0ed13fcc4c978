/**
 * The `test` every spec imports: Playwright's, pointed at the Chromium and the server that
 * global-setup started, and failing any test whose page logs a console error or throws.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { CHROMIUM_ARGS } from '../../scripts/chromium.cjs';

interface Fixtures {
  /** Console errors and uncaught exceptions seen so far in this test. */
  readonly pageErrors: string[];
}

export interface Options {
  /**
   * Which build the test runs against: `build/` at the root of the server, or
   * `test-builds/sub-path/` under `/silicon-statecraft/` (set per project in playwright.config.ts).
   */
  readonly hosting: 'root' | 'sub-path';
}

export const test = base.extend<Fixtures & Options>({
  hosting: ['root', { option: true }],
  launchOptions: [
    async ({}, use) => {
      await use({ executablePath: process.env.E2E_CHROMIUM_PATH, args: CHROMIUM_ARGS });
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ hosting }, use) => {
    if (hosting === 'root') return use(process.env.E2E_BASE_URL);
    if (!process.env.E2E_SUB_PATH_URL) throw new Error('No sub-path build to test: run "npm run build:test-sites" first.');
    // With a trailing slash, so that relative paths (`page.goto('course/x')`) stay under it.
    await use(`${process.env.E2E_SUB_PATH_URL}/`);
  },
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    await use(errors);
    expect(errors, 'the page logged errors').toEqual([]);
  },
});

export { expect };

/** Docusaurus sets this once React has hydrated; interacting earlier races the hydration. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
}

/**
 * Once the service worker has installed (precaching the build) and activated, reloads the page so
 * that it is under the worker's control, and checks that it is.
 */
export async function reloadUnderServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await waitForHydration(page);
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/** WCAG 2.2 A and AA rules; every suite that runs axe uses the same set. */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
}
