import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../chromium.cjs';
import { startStaticServer } from '../static-server.cjs';

export interface Size {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  html: Size;
  js: Size;
  css: Size;
}

function size(buffer: Buffer): Size {
  return { raw: buffer.length, gzip: zlib.gzipSync(buffer, { level: 9 }).length };
}

function add(a: Size, b: Size): Size {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

/** The HTML file that serves a clean URL (trailingSlash: false). */
export function htmlFileFor(buildDir: string, pagePath: string): string {
  return pagePath === '/' ? path.join(buildDir, 'index.html') : path.join(buildDir, `${pagePath}.html`);
}

/**
 * What each page really loads: the HTML file, plus every script and stylesheet Chromium fetches
 * until the network is idle. The built HTML names only the entry bundles; Docusaurus fetches a
 * route's own chunks at run time, so they are counted from the browser. Gzip sizes are computed
 * here at level 9 from the files' bytes, so they do not depend on the server. Pages that were
 * not built are left out.
 */
export async function measurePages(buildDir: string, pagePaths: readonly string[]): Promise<PageWeight[]> {
  const server = await startStaticServer({ root: buildDir });
  const { executablePath } = await resolveChromium();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const weights: PageWeight[] = [];
  try {
    for (const pagePath of pagePaths) {
      const htmlFile = htmlFileFor(buildDir, pagePath);
      if (!fs.existsSync(htmlFile)) continue;
      // A fresh context each time: nothing cached, no service worker from the page before.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const assets = new Map<string, 'js' | 'css'>();
      page.on('response', (response) => {
        const type = response.request().resourceType();
        if (type === 'script' || type === 'stylesheet') assets.set(new URL(response.url()).pathname, type === 'script' ? 'js' : 'css');
      });
      await page.goto(`${server.url}${pagePath}`, { waitUntil: 'networkidle' });
      let js: Size = { raw: 0, gzip: 0 };
      let css: Size = { raw: 0, gzip: 0 };
      for (const [assetPath, kind] of assets) {
        const file = path.join(buildDir, assetPath);
        if (!fs.existsSync(file)) continue;
        const fileSize = size(fs.readFileSync(file));
        if (kind === 'js') js = add(js, fileSize);
        else css = add(css, fileSize);
      }
      weights.push({ path: pagePath, html: size(fs.readFileSync(htmlFile)), js, css });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return weights;
}
