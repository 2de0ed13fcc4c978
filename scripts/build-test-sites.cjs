#!/usr/bin/env node
/**
 * The two production builds the browser tests need besides `build/` (`npm run build:test-sites`,
 * part of `npm test`), made side by side:
 *
 * - `test-builds/sub-path/`: the course as a project site under `/silicon-statecraft/`
 *   (`BASE_URL`), for the smoke journeys of tests/e2e/sub-path.spec.ts;
 * - `test-builds/updated/`: the next deploy, with one lesson changed (`UPDATED_LESSON` gains
 *   `UPDATE_MARK`), for the service worker's update test (tests/e2e/sw-update.spec.ts). It is
 *   built from a copy of the site in a temporary folder, so the working tree is never touched.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const SITE = path.resolve(__dirname, '..');
const OUT = path.join(SITE, 'test-builds');
const SUB_PATH = '/silicon-statecraft/';
const UPDATED_LESSON = 'docs/01-foundations/01-what-is-tech-diplomacy.mdx';
const UPDATE_MARK = 'This lesson was revised after you first opened it.';
/** What a build of the site does not need; everything else is copied. */
const NOT_COPIED = new Set(['node_modules', 'build', 'test-builds', '.docusaurus', '.lms-site', '.git', 'tests', 'test-results', 'playwright-report', 'coverage']);

function build(siteDir, outDir, env = {}) {
  const docusaurus = path.join(SITE, 'node_modules/.bin/docusaurus');
  return new Promise((resolve, reject) => {
    const child = spawn(docusaurus, ['build', siteDir, '--out-dir', outDir], {
      cwd: siteDir,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`docusaurus build of ${outDir} failed (exit ${code})`))));
  });
}

/** A copy of the site with one lesson changed, sharing this site's node_modules. */
function updatedSiteCopy() {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'silicon-statecraft-updated-'));
  for (const entry of fs.readdirSync(SITE)) {
    if (!NOT_COPIED.has(entry)) fs.cpSync(path.join(SITE, entry), path.join(copy, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(SITE, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  const lesson = path.join(copy, UPDATED_LESSON);
  const text = fs.readFileSync(lesson, 'utf8');
  // After the front matter and the imports: the first paragraph of the lesson.
  const at = text.indexOf('\n\n', text.lastIndexOf('\nimport '));
  fs.writeFileSync(lesson, `${text.slice(0, at)}\n\n${UPDATE_MARK}${text.slice(at)}`);
  return copy;
}

async function main() {
  const started = Date.now();
  fs.rmSync(OUT, { recursive: true, force: true });
  const copy = updatedSiteCopy();
  try {
    await Promise.all([
      build(SITE, path.join(OUT, 'sub-path'), { BASE_URL: SUB_PATH }),
      // Its own cache would be thrown away with the copy; sharing this site's could race.
      build(copy, path.join(OUT, 'updated'), { BASE_URL: '/', DOCUSAURUS_NO_PERSISTENT_CACHE: 'true' }),
    ]);
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
  console.log(`Built test-builds/sub-path and test-builds/updated in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

module.exports = { SUB_PATH, UPDATED_LESSON, UPDATE_MARK };

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
