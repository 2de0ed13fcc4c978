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

export const test = base.extend<Fixtures>({
  launchOptions: [
    async ({}, use) => {
      await use({ executablePath: process.env.E2E_CHROMIUM_PATH, args: CHROMIUM_ARGS });
    },
    { scope: 'worker' },
  ],
  baseURL: async ({}, use) => {
    await use(process.env.E2E_BASE_URL);
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

/** WCAG 2.2 A and AA rules; every suite that runs axe uses the same set. */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
}
