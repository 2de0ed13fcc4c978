#!/usr/bin/env node
/**
 * Serves the production build the way a CDN does: gzip compression, long immutable caching for
 * hashed assets, `/path` answered by `path.html` (trailingSlash: false), and the site's 404 page
 * with status 404. Used by the browser tests and the benchmark; `docusaurus serve` compresses
 * nothing and caches nothing, which makes Lighthouse understate a real host.
 *
 * CLI: node scripts/static-server.mjs [dir=build] [port=3000]
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import serveStatic from 'serve-static';

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * @param {{ root: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, port = 0, host = '127.0.0.1' }) {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No production build in ${root}: run "npm run build" first.`);
  }
  const compress = compression();
  const files = serveStatic(root, {
    extensions: ['html'],
    redirect: false,
    setHeaders(res, filePath) {
      const isHashedAsset = filePath.includes(`${path.sep}assets${path.sep}`);
      res.setHeader(
        'Cache-Control',
        isHashedAsset ? `public, max-age=${ONE_YEAR}, immutable` : 'public, max-age=0, must-revalidate',
      );
    },
  });
  const notFoundPage = path.join(root, '404.html');

  const server = http.createServer((req, res) => {
    compress(req, res, () => {
      files(req, res, () => {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        fs.createReadStream(notFoundPage).pipe(res);
      });
    });
  });
  await new Promise((resolve) => server.listen(port, host, () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The static server did not get a port.');
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.resolve(process.argv[2] ?? 'build');
  const port = Number(process.argv[3] ?? 3000);
  const { url } = await startStaticServer({ root, port });
  console.log(`Serving ${root} at ${url}`);
}
