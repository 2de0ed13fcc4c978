/**
 * Which Chromium the browser tests (and the benchmark's Lighthouse) drive: Debian's
 * `/usr/bin/chromium` when the machine has it, otherwise the Chromium shipped inside the
 * `@sparticuz/chromium` npm package, so that `npm ci` alone is enough. Playwright's own browser
 * download cannot work on machines without general internet access.
 */
import fs from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for a root user on a closed network: no sandbox, no background calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function resolveChromium(): Promise<{ executablePath: string; origin: string }> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { executablePath: fromEnv, origin: 'CHROMIUM_PATH' };
  if (fs.existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, origin: 'Debian package' };
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return { executablePath: await sparticuz.executablePath(), origin: '@sparticuz/chromium' };
}
