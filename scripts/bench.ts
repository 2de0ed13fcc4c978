/**
 * `npm run bench`: builds the site and prints figures. It never fails on timing; budgets in
 * bench/budgets.json are printed beside the figures for a person to compare.
 *
 *   npm run bench                      build, page weights, Lighthouse, gradebook import
 *   npm run bench -- --no-build        reuse build/
 *   npm run bench -- --no-lighthouse   skip the (slow) Lighthouse runs
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pageWeight, type PageWeight } from './bench/page-weight';
import { runLighthouse } from './bench/lighthouse';
import { measureGradebook } from './bench/gradebook';
import budgets from '../bench/budgets.json';

const root = path.resolve(__dirname, '..');
const buildDir = path.join(root, 'build');
const args = new Set(process.argv.slice(2));

/** Representative pages, one of each kind. The plain doc page is the baseline for JS ratios. */
const PAGES = [
  { kind: 'Landing page', path: '/' },
  { kind: 'Plain doc page (no components)', path: '/course/glossary', isBaseline: true },
  { kind: 'Module overview', path: '/course/foundations' },
  { kind: 'Lesson with quiz and timeline', path: '/course/semiconductors/export-controls-and-industrial-policy' },
  { kind: 'Quiz demonstration (every type)', path: '/course/demo-quiz' },
  { kind: 'Timeline page', path: '/timeline' },
  { kind: 'My progress', path: '/progress' },
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

async function main(): Promise<void> {
  if (!args.has('--no-build')) {
    const started = Date.now();
    const result = spawnSync('npx', ['docusaurus', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error('The build failed; see above.');
    console.log(`\n## Build\n\nBuild wall time: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }

  console.log('## Page weight (from the built HTML: scripts, preloaded chunks and stylesheets)\n');
  const weights: (PageWeight & { kind: string; isBaseline?: boolean })[] = [];
  for (const page of PAGES) {
    const weight = pageWeight(buildDir, page.path);
    if (weight) weights.push({ ...weight, kind: page.kind, isBaseline: 'isBaseline' in page });
    else console.log(`(not built: ${page.path})`);
  }
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

  if (!args.has('--no-lighthouse')) {
    console.log('## Lighthouse (mobile, median of 3, build served with gzip and immutable asset caching)\n');
    const budget = budgets.lighthouse;
    const rows = [];
    for (const pagePath of LIGHTHOUSE_PAGES) {
      if (!pageWeight(buildDir, pagePath)) continue;
      const r = await runLighthouse(buildDir, pagePath, 3);
      rows.push([pagePath, r.performance, r.accessibility, r.bestPractices, r.seo, Math.round(r.lcpMs), Math.round(r.tbtMs), r.cls.toFixed(3)]);
    }
    rows.push(['budget', `≥${budget.performance}`, `≥${budget.accessibility}`, `≥${budget['best-practices']}`, `≥${budget.seo}`, `≤${budget.lcpMs}`, `≤${budget.tbtMs}`, `≤${budget.cls}`]);
    table(['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP ms', 'TBT ms', 'CLS'], rows);
  }

  if (!args.has('--no-gradebook') && fs.existsSync(path.join(buildDir, 'gradebook.html'))) {
    console.log('## Gradebook import in the browser\n');
    const ms = await measureGradebook(buildDir, 300);
    console.log(`Importing 300 result files: ${Math.round(ms)} ms (target under ${budgets.gradebookImport300Ms} ms)\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
