#!/usr/bin/env node
/**
 * Serves the production build the way a CDN does: gzip compression, long immutable caching for
 * hashed assets, `/path` answered by `path.html` (trailingSlash: false), and the site's 404 page
 * with status 404. Used by the browser tests and the benchmark; `docusaurus serve` compresses
 * nothing and caches nothing, which makes Lighthouse understate a real host.
 *
 * `basePath` serves the build under a sub-path (`/silicon-statecraft/`), as a project site is
 * hosted; a build made with the same `BASE_URL` belongs there. Anything outside it is a 404.
 *
 * CLI: node scripts/static-server.cjs [dir=build] [port=3000] [basePath=/]
 */
// CommonJS so that both the Playwright harness (TypeScript compiled to CommonJS) and the
// benchmark (an ES module) can load it.
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const compression = require('compression');
const serveStatic = require('serve-static');

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * @param {{ root: string, port?: number, host?: string, basePath?: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
async function startStaticServer({ root, port = 0, host = '127.0.0.1', basePath = '/' }) {
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

  const notFound = (res) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    fs.createReadStream(notFoundPage).pipe(res);
  };

  const server = http.createServer((req, res) => {
    if (basePath !== '/') {
      const requested = new URL(req.url ?? '/', 'http://localhost');
      if (!`${requested.pathname}/`.startsWith(basePath)) return notFound(res);
      req.url = `/${requested.pathname.slice(basePath.length)}${requested.search}`;
    }
    // `/course/semiconductors` is both a page (`semiconductors.html`) and a folder of lessons:
    // like a CDN with clean URLs, prefer the page.
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!path.extname(url.pathname) && url.pathname !== '/') {
      const page = path.join(root, `${decodeURIComponent(url.pathname)}.html`);
      if (page.startsWith(root) && fs.existsSync(page)) req.url = `${url.pathname}.html${url.search}`;
    }
    compress(req, res, () => {
      files(req, res, () => notFound(res));
    });
  });
  await new Promise((resolve) => server.listen(port, host, () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The static server did not get a port.');
  return {
    url: `http://${host}:${address.port}${basePath === '/' ? '' : basePath.replace(/\/$/, '')}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

module.exports = { startStaticServer };

if (require.main === module) {
  const root = path.resolve(process.argv[2] ?? 'build');
  const port = Number(process.argv[3] ?? 3000);
  const basePath = process.argv[4] ?? '/';
  startStaticServer({ root, port, basePath }).then(({ url }) => console.log(`Serving ${root} at ${url}`));
}
