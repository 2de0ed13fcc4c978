/**
 * Builds the search index after every production build, with Pagefind: a chunked index that the
 * browser fetches piece by piece, only what a query needs (src/search/engine.ts).
 *
 * - Pages opt in with `data-pagefind-body` (the course's docs, src/theme/DocItem/Content), so the
 *   navbar, sidebar, footer and tool pages are not indexed; quizzes and the timelines embedded in
 *   lessons opt out with `data-pagefind-ignore`.
 * - Timeline events are records of their own, each opening the timeline at the event.
 * - The index is written to `<outDir>/pagefind/`, so it is served under the site's base URL.
 *
 * Pagefind's Node API is published as ES modules only, which the loader Docusaurus uses for
 * plugins cannot import, so the index is written by write-index.mjs in a Node process of its own.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { loadTimelineEvents } from '../content-validation/load-timeline';
import { timelineEventRecord } from '../../src/search/records';
import type { TimelineEvent } from '../../src/timeline/schema';

export const SEARCH_INDEX_DIR = 'pagefind';

/**
 * Words (counted with every place they occur) per index chunk. Pagefind's default, 20,000,
 * makes chunks of about 30 KB gzip here, and a two-word query fetched two of them: 60 KB before
 * a result. At 1,500 a chunk is about 3 KB and the first search for "export controls" fetches
 * about 90 KB in all, most of it Pagefind's code. The setting is an environment variable that
 * Pagefind marks unstable: re-check it when upgrading (package.json pins the version).
 */
const INDEX_CHUNK_WORDS = 1500;

/** Text Pagefind should not index inside an indexed page. */
const EXCLUDE_SELECTORS = [
  // Docusaurus' heading anchors: a zero-width space, which would make Pagefind split the
  // page's words on it instead of on spaces.
  '.hash-link',
];

interface WriteIndexResult {
  readonly pages: number;
  readonly records: number;
}

function writeIndex(request: object): Promise<WriteIndexResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'write-index.mjs')], {
      env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_WORDS) },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`The search index could not be written (exit code ${code}); see above.`));
      else resolve(JSON.parse(output.trim().split('\n').pop()!) as WriteIndexResult);
    });
    child.stdin.end(JSON.stringify(request));
  });
}

export default function searchIndex(context: LoadContext): Plugin {
  return {
    name: 'silicon-statecraft-search-index',

    async postBuild({ outDir }) {
      const started = Date.now();
      // Validated by the content-validation plugin before the build got here.
      const events = loadTimelineEvents(context.siteDir) as TimelineEvent[];
      const { pages, records } = await writeIndex({
        siteDir: outDir,
        outputSubdir: SEARCH_INDEX_DIR,
        excludeSelectors: EXCLUDE_SELECTORS,
        records: events.map(timelineEventRecord),
      });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`[search] Indexed ${pages} pages and ${records} timeline events in ${seconds} s.`);
    },
  };
}
