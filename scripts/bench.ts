/**
 * `npm run bench`: builds the site and prints figures. It never fails on timing; budgets in
 * bench/budgets.json are printed beside the figures for a person to compare.
 *
 *   npm run bench                      build, page weights, Lighthouse, gradebook import
 *   npm run bench -- --no-build        reuse build/
 *   npm run bench -- --no-lighthouse   skip the (slow) Lighthouse runs
 *   npm run bench -- --no-lms          skip the LMS package build (built twice, to check determinism)
 *   npm run bench -- --scale 10        only: the real course beside one ten times the size, both
 *                                      built in the system's temp folder (--keep keeps them)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { measureLms } from './bench/lms';
import { printAssessment } from './bench/assessment';
import { htmlFileFor, measurePages } from './bench/page-weight';
import budgets from '../bench/budgets.json';

const root = path.resolve(__dirname, '..');
const buildDir = path.join(root, 'build');
const argv = process.argv.slice(2);
const args = new Set(argv);

/** Representative pages, one of each kind. The plain doc page is the baseline for JS ratios. */
const PAGES = [
  { kind: 'Landing page', path: '/' },
  { kind: 'Plain doc page (no components)', path: '/course/glossary', isBaseline: true },
  { kind: 'Module overview', path: '/course/foundations' },
  { kind: 'Lesson with quiz and timeline', path: '/course/semiconductors/export-controls-and-industrial-policy' },
  { kind: 'Quiz demonstration (every type)', path: '/course/demo-quiz' },
  { kind: 'Timeline page', path: '/timeline' },
  { kind: 'My progress', path: '/progress' },
  { kind: 'Review (empty deck)', path: '/review' },
  { kind: 'Assignment builder', path: '/assign' },
  { kind: 'Gradebook', path: '/gradebook' },
] as const;

const LIGHTHOUSE_PAGES = ['/', '/course/semiconductors/export-controls-and-industrial-policy', '/timeline', '/gradebook'];

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function table(headers: string[], rows: (string | number)[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => `| ${cells.map((c, i) => String(c).padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  rows.forEach((r) => console.log(line(r)));
  console.log('');
}

interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  htmlBytes: number;
  performanceRuns: number[];
  failingAudits: string[];
}

/** Lighthouse runs in its own process: it is ESM-only and this script runs through jiti. */
function runLighthouse(pagePath: string, runs: number, encoding: 'brotli' | 'gzip'): LighthouseFigures {
  const result = spawnSync(process.execPath, [path.join(__dirname, 'bench/lighthouse.mjs'), buildDir, pagePath, String(runs), encoding], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`Lighthouse failed on ${pagePath}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as LighthouseFigures;
}

async function main(): Promise<void> {
  if (args.has('--scale')) {
    const scale = Number(argv[argv.indexOf('--scale') + 1]);
    if (!Number.isInteger(scale) || scale < 2) throw new Error('--scale needs a whole number of 2 or more, e.g. --scale 10');
    // Loaded only here: it imports the search plugin's constants and the Playwright helpers.
    const { runScaleComparison } = await import('./bench/scale');
    await runScaleComparison(root, scale, args.has('--keep'), table);
    return;
  }

  await printAssessment(root, table);

  if (!args.has('--no-build')) {
    const started = Date.now();
    const result = spawnSync('npx', ['docusaurus', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error('The build failed; see above.');
    console.log(`\n## Build\n\nBuild wall time: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }

  if (!args.has('--no-lms')) {
    console.log('## LMS exports (build/lms)\n');
    const lms = measureLms(root, { build: !args.has('--no-build') });
    if (lms.buildSeconds !== null) console.log(`Package build (hash router, shared by every SCORM package): ${lms.buildSeconds.toFixed(1)} s of extra wall time`);
    if (lms.isDeterministic !== null) console.log(`Two package builds in a row give byte-identical zips: ${lms.isDeterministic ? 'yes' : 'NO'}\n`);
    table(['File', 'KB'], lms.files.map((file) => [file.name, kb(file.bytes)]));
  }

  console.log('## Page weight (HTML file, and every script and stylesheet Chromium loads for the page)\n');
  const measured = await measurePages(buildDir, PAGES.map((page) => page.path));
  const weights = PAGES.flatMap((page) => {
    const weight = measured.find((m) => m.path === page.path);
    if (!weight) console.log(`(not built: ${page.path})`);
    return weight ? [{ ...weight, kind: page.kind, isBaseline: 'isBaseline' in page }] : [];
  });
  const baseline = weights.find((w) => w.isBaseline);
  table(
    ['Page', 'Path', 'HTML gzip KB', 'JS raw KB', 'JS gzip KB', 'CSS raw KB', 'CSS gzip KB', 'JS vs plain doc', 'JS gzip beyond plain doc KB'],
    weights.map((w) => [
      w.kind,
      w.path,
      kb(w.html.gzip),
      kb(w.js.raw),
      kb(w.js.gzip),
      kb(w.css.raw),
      kb(w.css.gzip),
      baseline ? `${(w.js.gzip / baseline.js.gzip).toFixed(2)}×` : 'n/a',
      baseline ? kb(w.js.gzip - baseline.js.gzip) : 'n/a',
    ]),
  );
  console.log(`Budget: the quiz adds at most ${budgets.quizJsGzipKb} KB gzip to a lesson page.\n`);

  // The timeline page's JavaScript before the overview chart (issue 18), measured the same way on
  // commit 2a0ee34: the chart may add at most `timelineOverviewJsGzipKb`. Later changes to the
  // entry bundle move this figure too; re-measure the baseline if they do.
  const timeline = weights.find((w) => w.path === '/timeline');
  if (timeline) {
    const before = budgets.timelinePageJsGzipBytesBeforeOverview;
    console.log(
      `Timeline page: ${kb(timeline.js.gzip)} KB gzip of JavaScript, ${kb(timeline.js.gzip - before)} KB more than ` +
        `before the overview chart (${kb(before)} KB). Budget: the overview adds at most ${budgets.timelineOverviewJsGzipKb} KB gzip.\n`,
    );
  }

  if (!args.has('--no-lighthouse')) {
    console.log('## Lighthouse (mobile, median of 5, build served with gzip and immutable asset caching)\n');
    const budget = budgets.lighthouse;
    const rows = [];
    const notes: string[] = [];
    const pages: [string, 'brotli' | 'gzip'][] = [
      ...LIGHTHOUSE_PAGES.map((pagePath): [string, 'gzip'] => [pagePath, 'gzip']),
      // The course's longest page again, from a host that sends Brotli (most CDNs): its HTML
      // passes TCP's first window (about 14.6 KB) in gzip, not in Brotli.
      ['/timeline', 'brotli'],
    ];
    for (const [pagePath, encoding] of pages) {
      if (!fs.existsSync(htmlFileFor(buildDir, pagePath))) continue;
      const r = runLighthouse(pagePath, 5, encoding);
      const page = encoding === 'brotli' ? `${pagePath} (Brotli)` : pagePath;
      rows.push([
        page,
        `${r.performance} (${r.performanceRuns.join(', ')})`,
        r.accessibility,
        r.bestPractices,
        r.seo,
        Math.round(r.lcpMs),
        Math.round(r.tbtMs),
        r.cls.toFixed(3),
        kb(r.htmlBytes),
      ]);
      if (r.failingAudits.length > 0) notes.push(`${page}: audits below full marks: ${r.failingAudits.join(', ')}`);
    }
    rows.push(['budget', `≥${budget.performance}`, `≥${budget.accessibility}`, `≥${budget['best-practices']}`, `≥${budget.seo}`, `≤${budget.lcpMs}`, `≤${budget.tbtMs}`, `≤${budget.cls}`, '']);
    table(['Page', 'Performance (each run)', 'Accessibility', 'Best practices', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'HTML KB'], rows);
    notes.forEach((note) => console.log(note));
  }

  if (!args.has('--no-gradebook') && fs.existsSync(path.join(buildDir, 'gradebook.html'))) {
    console.log('## Gradebook import in the browser\n');
    // Loaded only here: it drives the gradebook page, which only exists once that page is built.
    const { measureGradebook } = await import('./bench/gradebook');
    const runs = [];
    for (let run = 0; run < 3; run++) runs.push(await measureGradebook(buildDir, 300));
    const times = runs.map((r) => r.milliseconds).sort((a, b) => a - b);
    console.log(
      `Importing 300 result files (${kb(runs[0]!.totalBytes)} KB): median ${Math.round(times[1]!)} ms of 3 runs ` +
        `(${times.map((t) => Math.round(t)).join(', ')}); target under ${budgets.gradebookImport300Ms} ms. ` +
        `The course's quiz data for re-scoring, fetched on the first import only: ${kb(runs[0]!.lazyJsGzipBytes)} KB gzip\n`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
