/**
 * Writes the Pagefind index; run in a Node process of its own by the search-index plugin
 * (index.ts), because Pagefind's Node API is published as ES modules only.
 *
 * Reads one JSON request on stdin: { siteDir, outputSubdir, excludeSelectors, records }, records
 * being Pagefind custom records (url, content, language, meta). Prints { pages, records } as
 * one JSON line; exits non-zero, printing Pagefind's errors, when anything fails.
 */
import path from 'node:path';
import { text } from 'node:stream/consumers';
import * as pagefind from 'pagefind';

function check(response, step) {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${response.errors.join('\n')}`);
  return response;
}

const request = JSON.parse(await text(process.stdin));
try {
  const { index } = check(await pagefind.createIndex({ excludeSelectors: request.excludeSelectors }), 'start');
  const { page_count: pages } = check(await index.addDirectory({ path: request.siteDir }), 'index the site');
  if (pages === 0) throw new Error(`Pagefind found no page marked data-pagefind-body in ${request.siteDir}.`);
  for (const record of request.records) check(await index.addCustomRecord(record), `index ${record.url}`);
  check(await index.writeFiles({ outputPath: path.join(request.siteDir, request.outputSubdir) }), 'write the index');
  console.log(JSON.stringify({ pages, records: request.records.length }));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
