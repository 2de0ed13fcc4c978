import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

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
 * What a page loads, summed from its built HTML: `<script src>`, `<link rel=preload as=script>`
 * (the route's chunks, which Docusaurus preloads) and `<link rel=stylesheet>`. Each file counts
 * once. Returns null when the page was not built.
 */
export function pageWeight(buildDir: string, pagePath: string): PageWeight | null {
  const file = htmlFileFor(buildDir, pagePath);
  if (!fs.existsSync(file)) return null;
  const html = fs.readFileSync(file);
  const text = html.toString('utf8');
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const match of text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) scripts.add(match[1]!);
  for (const match of text.matchAll(/<link[^>]*>/g)) {
    const tag = match[0];
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (!href) continue;
    if (/rel="preload"/.test(tag) && /as="script"/.test(tag)) scripts.add(href);
    if (/rel="stylesheet"/.test(tag)) styles.add(href);
  }
  const sum = (urls: Set<string>) =>
    [...urls]
      .filter((url) => url.startsWith('/'))
      .map((url) => path.join(buildDir, url.split('?')[0]!))
      .filter((assetPath) => fs.existsSync(assetPath))
      .reduce((total, assetPath) => add(total, size(fs.readFileSync(assetPath))), { raw: 0, gzip: 0 });
  return { path: pagePath, html: size(html), js: sum(scripts), css: sum(styles) };
}
