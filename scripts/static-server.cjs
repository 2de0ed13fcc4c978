#!/usr/bin/env node
/**
 * Serves the production build the way a CDN does: gzip compression, long immutable caching for
 * hashed assets, `/path` answered by `path.html` (trailingSlash: false), and the site's 404 page
 * with status 404. Used by the browser tests and the benchmark; `docusaurus serve` compresses
 * nothing and caches nothing, which makes Lighthouse understate a real host.
 *
 * `brotli: true` also answers browsers that accept Brotli with text files compressed ahead at the
 * highest quality, as CDNs (Cloudflare, Netlify, Vercel, CloudFront) and servers with precompressed
 * files (nginx's brotli_static, Caddy's precompressed) do. Hosts that only gzip, such as GitHub
 * Pages, are what the default models. The benchmark's Lighthouse runs measure both.
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
const zlib = require('node:zlib');
const compression = require('compression');
const serveStatic = require('serve-static');

const ONE_YEAR = 60 * 60 * 24 * 365;

/** The text files worth compressing, with the types serve-static would give them. */
const TEXT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const cacheControl = (filePath) =>
  filePath.includes(`${path.sep}assets${path.sep}`) ? `public, max-age=${ONE_YEAR}, immutable` : 'public, max-age=0, must-revalidate';

const filesUnder = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });

/**
 * Every text file under `root`, Brotli-compressed at quality 11, by absolute path. Done before the
 * server answers anything, so that no measured request waits for a compressor.
 * @param {string} root
 * @returns {Promise<Map<string, { body: Buffer, type: string }>>}
 */
async function precompressBrotli(root) {
  const files = filesUnder(root).filter((file) => path.extname(file) in TEXT_TYPES);
  const entries = await Promise.all(
    files.map(
      (file) =>
        new Promise((resolve, reject) => {
          const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY };
          zlib.brotliCompress(fs.readFileSync(file), { params }, (error, body) =>
            error ? reject(error) : resolve([file, { body, type: TEXT_TYPES[path.extname(file)] }]),
          );
        }),
    ),
  );
  return new Map(entries);
}

/**
 * @param {{ root: string, port?: number, host?: string, basePath?: string, brotli?: boolean }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
async function startStaticServer({ root, port = 0, host = '127.0.0.1', basePath = '/', brotli = false }) {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No production build in ${root}: run "npm run build" first.`);
  }
  const compress = compression();
  const files = serveStatic(root, {
    extensions: ['html'],
    redirect: false,
    setHeaders(res, filePath) {
      res.setHeader('Cache-Control', cacheControl(filePath));
    },
  });
  const brotliFiles = brotli ? await precompressBrotli(root) : null;

  /** Answers from the Brotli files, if the browser takes Brotli and one matches; else false. */
  const sendBrotli = (req, res) => {
    if (!brotliFiles || !/\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''))) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    // Clean page URLs were already pointed at their .html file (below), as serve-static finds it.
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const match = brotliFiles.get(file);
    if (!match) return false;
    res.setHeader('Content-Type', match.type);
    res.setHeader('Content-Encoding', 'br');
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Content-Length', match.body.length);
    res.setHeader('Cache-Control', cacheControl(file));
    res.end(req.method === 'HEAD' ? undefined : match.body);
    return true;
  };
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
    if (sendBrotli(req, res)) return;
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
