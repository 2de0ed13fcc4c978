/**
 * Before any browser test: find a Chromium and prove it starts, then serve the production build
 * on a free port. Both are handed to the tests through environment variables, which Playwright's
 * workers inherit. If no browser can start, the run fails here and says what to do: a browser
 * test never skips.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../../scripts/chromium.cjs';
// Plain JavaScript, so that the benchmark can use the same server without a TypeScript step.
import { startStaticServer } from '../../scripts/static-server.cjs';
import { SUB_PATH } from '../../scripts/build-test-sites.cjs';

export default async function globalSetup(): Promise<() => Promise<void>> {
  let executablePath: string;
  try {
    ({ executablePath } = await resolveChromium());
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    await browser.close();
  } catch (error) {
    throw new Error(
      [
        'No Chromium could be started for the browser tests, so they cannot run.',
        `Cause: ${error instanceof Error ? error.message : String(error)}`,
        'Fix: run "npm ci" (it installs @sparticuz/chromium), or install Debian\'s chromium package',
        '(apt-get install chromium), or point CHROMIUM_PATH at a Chromium binary.',
      ].join('\n'),
    );
  }

  const root = path.resolve(__dirname, '../../build');
  const server = await startStaticServer({ root });
  process.env.E2E_BASE_URL = server.url;
  process.env.E2E_CHROMIUM_PATH = executablePath;
  // The sub-path build (`npm run build:test-sites`): its journeys fail, saying so, when it is missing.
  const subPathRoot = path.resolve(__dirname, '../../test-builds/sub-path');
  const subPathServer = fs.existsSync(subPathRoot) ? await startStaticServer({ root: subPathRoot, basePath: SUB_PATH }) : null;
  if (subPathServer) process.env.E2E_SUB_PATH_URL = subPathServer.url;
  return async () => {
    await server.close();
    await subPathServer?.close();
  };
}
