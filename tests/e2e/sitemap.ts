import fs from 'node:fs';
import path from 'node:path';

/**
 * Every page path in the built sitemap, read when a spec is collected so that each page gets
 * its own named test.
 */
export function pagesInSitemap(): string[] {
  const file = path.resolve(__dirname, '../../build/sitemap.xml');
  if (!fs.existsSync(file)) throw new Error('build/sitemap.xml is missing: run "npm run build" first.');
  const xml = fs.readFileSync(file, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}
