/**
 * A stand-in LMS for the SCORM package test: every request goes to the made-up host lms.test and
 * is answered from memory (the package's zip, scorm-again's runtime, a player page), so nothing
 * leaves the machine and the package is served under an unusual path, as Moodle serves it.
 * The player provides a strict SCORM 1.2 runtime (scorm-again, no commit URL: it only records)
 * and logs every API call with the LMSGetLastError that follows it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, Frame, Page } from '@playwright/test';

export const LMS_ORIGIN = 'http://lms.test';
/** Where Moodle serves an unpacked SCORM package: nothing like the site's root. */
export const CONTENT_PATH = '/pluginfile.php/42/mod_scorm/content/3/';

const SCORM_AGAIN = path.resolve(__dirname, '../../node_modules/scorm-again/dist/scorm12.js');

export interface ApiCall {
  readonly name: string;
  readonly args: readonly string[];
  readonly result: string;
  readonly error: string;
}

const PLAYER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LMS player</title>
<script src="/scorm-again/scorm12.js"></script>
<script>
window.lmsLog = [];
window.startSco = function (launchUrl, previous) {
  var api = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (previous) api.loadFromFlattenedJSON(previous, '');
  ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'].forEach(function (name) {
    var original = api[name].bind(api);
    api[name] = function () {
      var args = Array.prototype.slice.call(arguments).map(String);
      var result = original.apply(null, arguments);
      window.lmsLog.push({ name: name, args: args, result: String(result), error: String(api.LMSGetLastError()) });
      return result;
    };
  });
  window.API = api;
  var frame = document.createElement('iframe');
  frame.title = 'Course content';
  frame.style.width = '100%';
  frame.style.height = '900px';
  frame.src = launchUrl;
  document.body.appendChild(frame);
};
window.closeSco = function () { document.querySelector('iframe').src = 'about:blank'; };
</script></head><body><h1>LMS player</h1></body></html>`;

export interface ScormPackage {
  readonly files: Readonly<Record<string, Uint8Array>>;
  readonly manifest: string;
  /** The SCO's launch file, from the manifest. */
  readonly launch: string;
  readonly masteryScore: number;
}

export function readPackage(zipPath: string): ScormPackage {
  const files = unzipSync(fs.readFileSync(zipPath));
  const manifest = strFromU8(files['imsmanifest.xml']!);
  const launch = /<resource [^>]*adlcp:scormtype="sco"[^>]*href="([^"]+)"/.exec(manifest)?.[1];
  const mastery = /<adlcp:masteryscore>([\d.]+)<\/adlcp:masteryscore>/.exec(manifest)?.[1];
  if (!launch || !mastery) throw new Error(`${zipPath}: no SCO launch file or mastery score in the manifest`);
  return { files, manifest, launch, masteryScore: Number(mastery) };
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.xsd': 'application/xml', '.txt': 'text/plain' };

/** Serves the player and the package on lms.test; returns the URLs asked for anywhere else. */
export async function serveLms(context: BrowserContext, pkg: ScormPackage): Promise<string[]> {
  const outside: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== LMS_ORIGIN) {
      outside.push(url.href);
      return route.abort();
    }
    if (url.pathname === '/mod/scorm/player.php') return route.fulfill({ contentType: 'text/html', body: PLAYER });
    if (url.pathname === '/scorm-again/scorm12.js') return route.fulfill({ contentType: 'text/javascript', body: fs.readFileSync(SCORM_AGAIN) });
    const file = url.pathname.startsWith(CONTENT_PATH) ? pkg.files[decodeURIComponent(url.pathname.slice(CONTENT_PATH.length))] : undefined;
    if (!file) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ contentType: TYPES[path.extname(url.pathname)] ?? 'application/octet-stream', body: Buffer.from(file) });
  });
  return outside;
}

/** Opens the player and launches the SCO, with the data an LMS keeps between sessions. */
export async function launch(page: Page, pkg: ScormPackage, previous: Record<string, string> | null): Promise<Frame> {
  await page.goto(`${LMS_ORIGIN}/mod/scorm/player.php`);
  const attached = page.waitForEvent('frameattached');
  await page.evaluate(([url, data]) => (window as unknown as { startSco: (u: string, d: unknown) => void }).startSco(url, data), [
    `${LMS_ORIGIN}${CONTENT_PATH}${pkg.launch}`,
    previous,
  ] as const);
  const frame = await attached;
  await frame.waitForLoadState();
  await frame.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
  return frame;
}

export async function apiCalls(page: Page): Promise<ApiCall[]> {
  return page.evaluate(() => (window as unknown as { lmsLog: ApiCall[] }).lmsLog);
}

/** The last value the SCO set for each element. */
export function lastValues(calls: readonly ApiCall[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const call of calls) if (call.name === 'LMSSetValue') values.set(call.args[0]!, call.args[1]!);
  return values;
}
