/**
 * `npm run bench -- --scale N`: does a course N times the size cost a reader more? Builds the
 * real course and a synthetic one with every module repeated N times (synthetic-course.ts), both
 * from copies under the system's temp folder and without the bundler's persistent cache, so the
 * two builds are measured alike; then prints them side by side: build time, HTML and JavaScript
 * of a lesson page, the bytes of the first search for a common word, and the size of the build.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { measureFirstSearch, type FirstSearch } from './first-search';
import { measurePages, type PageWeight } from './page-weight';
import { createSyntheticCourse, type SyntheticCourse } from './synthetic-course';
import { SEARCH_INDEX_DIR } from '../../plugins/search-index';
import { SYNTHETIC_COURSE_ENV } from '../../plugins/content-validation';

const LESSON = '/course/semiconductors/export-controls-and-industrial-policy';
const COMMON_QUERY = 'export controls';
/** The issue's targets for a course ten times the size. */
const TARGETS = { buildTimeRatio: 12, lessonJsGzipExtraKb: 5, firstSearchRatio: 1.5 };

interface Measured {
  readonly course: SyntheticCourse;
  readonly buildSeconds: number;
  readonly lesson: PageWeight;
  readonly search: FirstSearch;
  readonly buildBytes: number;
  readonly indexBytes: number;
}

function sizeOf(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = path.join(dir, entry.name);
    return sum + (entry.isDirectory() ? sizeOf(full) : fs.statSync(full).size);
  }, 0);
}

async function buildAndMeasure(course: SyntheticCourse): Promise<Measured> {
  const buildDir = path.join(course.siteDir, 'build');
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(course.siteDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build'], {
    cwd: course.siteDir,
    env: { ...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', ...(course.scale > 1 ? { [SYNTHETIC_COURSE_ENV]: '1' } : {}) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`The build in ${course.siteDir} failed; see above.`);
  const buildSeconds = (Date.now() - started) / 1000;
  const [lesson] = await measurePages(buildDir, [LESSON]);
  if (!lesson) throw new Error(`${LESSON} was not built in ${course.siteDir}.`);
  const search = await measureFirstSearch(buildDir, LESSON, COMMON_QUERY);
  return { course, buildSeconds, lesson, search, buildBytes: sizeOf(buildDir), indexBytes: sizeOf(path.join(buildDir, SEARCH_INDEX_DIR)) };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export async function runScaleComparison(repoRoot: string, scale: number, keep: boolean, table: (headers: string[], rows: (string | number)[][]) => void): Promise<void> {
  const courses = [createSyntheticCourse(repoRoot, 1), createSyntheticCourse(repoRoot, scale)];
  try {
    const measured: Measured[] = [];
    for (const course of courses) {
      console.log(`Building ${course.docs} docs (${course.modules} modules) in ${course.siteDir} …`);
      measured.push(await buildAndMeasure(course));
    }
    const [real, big] = measured as [Measured, Measured];
    const ratio = (a: number, b: number) => `${(b / a).toFixed(2)}×`;
    console.log(`\n## Scale: the real course and a course ${scale} times the size\n`);
    table(
      ['', 'Real course', `×${scale} course`, 'Change', 'Target (×10)'],
      [
        ['Docs (modules)', `${real.course.docs} (${real.course.modules})`, `${big.course.docs} (${big.course.modules})`, ratio(real.course.docs, big.course.docs), ''],
        ['Words in docs/', real.course.words, big.course.words, ratio(real.course.words, big.course.words), ''],
        ['Build time (s)', real.buildSeconds.toFixed(1), big.buildSeconds.toFixed(1), ratio(real.buildSeconds, big.buildSeconds), `≤ ${TARGETS.buildTimeRatio}×`],
        ['Lesson page HTML (KB gzip)', kb(real.lesson.html.gzip), kb(big.lesson.html.gzip), `+${kb(big.lesson.html.gzip - real.lesson.html.gzip)} KB`, ''],
        ['Lesson page JS (KB gzip)', kb(real.lesson.js.gzip), kb(big.lesson.js.gzip), `+${kb(big.lesson.js.gzip - real.lesson.js.gzip)} KB`, `≤ +${TARGETS.lessonJsGzipExtraKb} KB`],
        [`First search "${COMMON_QUERY}" (KB)`, kb(real.search.total), kb(big.search.total), ratio(real.search.total, big.search.total), `≤ ${TARGETS.firstSearchRatio}×`],
        ['Total build (MB)', mb(real.buildBytes), mb(big.buildBytes), ratio(real.buildBytes, big.buildBytes), ''],
        ['  of which search index (MB)', mb(real.indexBytes), mb(big.indexBytes), ratio(real.indexBytes, big.indexBytes), ''],
      ],
    );
    for (const [name, m] of [['Real course', real], [`×${scale} course`, big]] as const) {
      console.log(`${name}, first search: ${m.search.files.map((file) => `${file.path.replace(/^.*\/pagefind\//, 'pagefind/')} ${kb(file.bytes)}`).join(', ')}`);
      console.log(`  suggestions: ${m.search.titles.join(' | ')}`);
    }
    console.log('');
  } finally {
    for (const course of courses) {
      if (keep) console.log(`Kept ${course.siteDir}`);
      else fs.rmSync(course.siteDir, { recursive: true, force: true });
    }
  }
}
