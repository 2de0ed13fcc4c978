/**
 * Search and sharing, checked on the built site: the sitemap lists every doc of the course,
 * robots.txt points to it, and a lesson's page carries its own description and a social card
 * that loads.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { test, expect } from './fixtures';
import { pagesInSitemap } from './sitemap';

const docsDir = path.resolve(__dirname, '../../docs');
const LESSON = '/course/semiconductors/export-controls-and-industrial-policy';

/** Each doc's URL path as the docs plugin builds it: `/course/` + folders and file without `NN-`, index = folder. */
function docPaths(dir = docsDir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return docPaths(full);
    if (!/\.mdx?$/.test(entry.name)) return [];
    const parts = path
      .relative(docsDir, full)
      .replace(/\.mdx?$/, '')
      .split(path.sep)
      .map((part) => part.replace(/^\d+-/, ''));
    if (parts[parts.length - 1] === 'index') parts.pop();
    return [`/course/${parts.join('/')}`];
  });
}

test('the sitemap lists every doc of the course', () => {
  const inSitemap = new Set(pagesInSitemap());
  const missing = docPaths().filter((docPath) => !inSitemap.has(docPath));
  expect(missing).toEqual([]);
  expect(inSitemap.has('/timeline')).toBe(true);
});

test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.ok()).toBe(true);
  const body = await response.text();
  expect(body).toMatch(/^User-agent: \*$/m);
  expect(body).toMatch(/^Sitemap: https:\/\/.+\/sitemap\.xml$/m);
});

test('a lesson has its own description and a social card that loads', async ({ page, request }) => {
  const file = path.join(docsDir, '03-semiconductors/03-export-controls-and-industrial-policy.mdx');
  const { data } = matter(fs.readFileSync(file, 'utf8'));
  await page.goto(LESSON);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', String(data.description));
  const card = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(card).toMatch(/^https:\/\//);
  // The card's absolute URL names the production host; fetch the same path from the test server.
  const response = await request.get(new URL(card!).pathname);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toBe('image/png');
});
