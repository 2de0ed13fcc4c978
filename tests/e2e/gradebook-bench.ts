/**
 * How long the gradebook takes to import `n` students' results files in a real browser, from
 * handing the files to the file input to the finished table on screen (every file re-scored).
 * The files are generated here (valid, checksummed), answering the built course's own quizzes
 * "How chips are made" and "What 5G is". The lead's `npm run bench` calls this; the
 * gradebook-import spec runs it too.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { CourseQuiz } from '../../src/lib/gradebook/courseQuizzes';
import { manyResults } from '../support/results';

/** The course's quizzes as the last build generated them for the gradebook. */
export function builtCourseQuizzes(): CourseQuiz[] {
  const file = path.resolve(__dirname, '../../.docusaurus/silicon-statecraft-content-validation/default/course-quizzes.json');
  if (!fs.existsSync(file)) throw new Error(`No ${path.basename(file)} from a build: run "npm run build" first.`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CourseQuiz[];
}

export interface ImportMeasurement {
  readonly files: number;
  /** Wall time from `setInputFiles` to the table showing every student, in ms. */
  readonly milliseconds: number;
  readonly totalBytes: number;
  /** JavaScript the import fetched (the course's quiz data, on the first import), gzip bytes. */
  readonly lazyJsGzipBytes: number;
}

export async function measureGradebookImport(page: Page, n: number): Promise<ImportMeasurement> {
  const files = (await manyResults(n, builtCourseQuizzes())).map((results, index) => ({
    name: `student-${index + 1}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(results, null, 2)),
  }));
  await page.goto('/gradebook');
  await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
  const input = page.getByLabel('Students’ results files (.json)');

  const lazyScripts: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') lazyScripts.push(response.body().then((body) => zlib.gzipSync(body, { level: 9 }).length));
  });
  const started = performance.now();
  await input.setInputFiles(files);
  await expect(page.getByRole('status')).toHaveText(`Checked ${n} files: ${n} imported, 0 not imported.`, { timeout: 60_000 });
  await expect(page.getByRole('table', { name: `Results by student (${n} students)` }).locator('tbody tr')).toHaveCount(n);
  const milliseconds = performance.now() - started;

  const lazyJsGzipBytes = (await Promise.all(lazyScripts)).reduce((sum, bytes) => sum + bytes, 0);
  return { files: n, milliseconds, totalBytes: files.reduce((sum, file) => sum + file.buffer.length, 0), lazyJsGzipBytes };
}
