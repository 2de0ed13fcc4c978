import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the production build (`npm run build` first). global-setup starts a
 * Chromium check and a local static server on a free port; see tests/e2e/browser.ts for which
 * Chromium is used and why.
 */
export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    trace: 'off',
    screenshot: 'off',
  },
});
