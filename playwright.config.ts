import { defineConfig } from '@playwright/test';
import type { Options } from './tests/e2e/fixtures';

/**
 * Browser tests against the production build (`npm run build` first, and `npm run
 * build:test-sites` for the sub-path journeys and the service worker's update test).
 * global-setup starts a Chromium check and local static servers on free ports; see
 * scripts/chromium.cjs for which Chromium is used and why.
 *
 * Two projects: `site` runs every journey against `build/` at the root; `sub-path` runs the smoke
 * journeys (tests/e2e/sub-path.spec.ts) once against the course hosted under a sub-path.
 */
export default defineConfig<Options>({
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
  projects: [
    { name: 'site', testIgnore: '**/sub-path.spec.ts' },
    { name: 'sub-path', testMatch: '**/sub-path.spec.ts', use: { hosting: 'sub-path' } },
  ],
});
