/**
 * Which Chromium the browser tests and the benchmark's Lighthouse drive: CHROMIUM_PATH if set,
 * else Debian's `/usr/bin/chromium` when the machine has it, else the Chromium shipped inside the
 * `@sparticuz/chromium` npm package, so that `npm ci` alone is enough. (Playwright's own browser
 * download cannot work on machines without general internet access.)
 * CommonJS so that the TypeScript tests and the plain-JavaScript tools can share it.
 */
const fs = require('node:fs');

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for a root user on a closed network: no sandbox, no background calls home. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function resolveChromium() {
  if (process.env.CHROMIUM_PATH) return { executablePath: process.env.CHROMIUM_PATH, origin: 'CHROMIUM_PATH' };
  if (fs.existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, origin: 'Debian package' };
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return { executablePath: await sparticuz.executablePath(), origin: '@sparticuz/chromium' };
}

module.exports = { SYSTEM_CHROMIUM, CHROMIUM_ARGS, resolveChromium };
