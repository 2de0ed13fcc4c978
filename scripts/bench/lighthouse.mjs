#!/usr/bin/env node
/**
 * node scripts/bench/lighthouse.mjs <buildDir> <pagePath> <runs> [gzip|brotli]
 *
 * Runs Lighthouse's default (mobile) audit `runs` times on one page of the build, served like a
 * CDN (gzip, or Brotli as most CDNs send; immutable hashed assets), in the same Chromium
 * as the browser tests, and prints the median of each figure as JSON, with every run's
 * performance score (the score moves by a point from run to run near 100). `htmlBytes` is what
 * the page's HTML took on the wire: past about 14.6 KB (TCP's first window of 10 packets) it
 * costs Lighthouse's simulated phone one more round trip, 150 ms of LCP. A separate ES-module
 * process because Lighthouse is ESM-only and relies on import.meta.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import chromium from '../chromium.cjs';
import staticServer from '../static-server.cjs';

const [buildDir, pagePath, runsArg = '3', encoding = 'gzip'] = process.argv.slice(2);
const runs = Number(runsArg);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await staticServer.startStaticServer({ root: buildDir, brotli: encoding === 'brotli' });
const { executablePath } = await chromium.resolveChromium();
const chrome = await chromeLauncher.launch({
  chromePath: executablePath,
  chromeFlags: ['--headless=new', ...chromium.CHROMIUM_ARGS],
});
const results = [];
try {
  for (let run = 0; run < runs; run++) {
    const result = await lighthouse(`${server.url}${pagePath}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const { categories, audits } = result.lhr;
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    results.push({
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      htmlBytes: audits['network-requests']?.details?.items?.find((item) => item.resourceType === 'Document')?.transferSize ?? NaN,
      failing: Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    });
  }
} finally {
  chrome.kill();
  await server.close();
}
const figures = Object.fromEntries(
  ['performance', 'accessibility', 'bestPractices', 'seo', 'lcpMs', 'tbtMs', 'cls', 'htmlBytes'].map((key) => [key, median(results.map((r) => r[key]))]),
);
figures.performanceRuns = results.map((r) => r.performance);
figures.failingAudits = [...new Set(results.flatMap((r) => r.failing))];
console.log(JSON.stringify(figures));
