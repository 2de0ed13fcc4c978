/**
 * Smoke journeys against the course hosted under a sub-path (`/silicon-statecraft/`, built by
 * `npm run build:test-sites`), as a project site is: a lesson quiz, an assignment link from
 * instructor to student, the student's results imported into the gradebook (which loads the
 * course's quiz data), and offline reading. Every path here is relative to the sub-path.
 */
import fs from 'node:fs/promises';
import { test, expect, reloadUnderServiceWorker, waitForHydration } from './fixtures';
import { LESSON, LESSON_TITLE, passLessonQuiz } from './lesson-quiz';

const lesson = LESSON.slice(1);

test('under a sub-path: a student takes an assigned lesson quiz and the instructor grades the results', async ({ page, browser, baseURL, pageErrors }) => {
  await page.goto('assign');
  await waitForHydration(page);
  await page.getByRole('textbox', { name: 'Title' }).fill('Week 1');
  await page.getByRole('group', { name: /Whole modules/ }).getByRole('checkbox', { name: 'Foundations' }).check();
  await page.getByRole('button', { name: 'Create share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link.startsWith(`${baseURL}assignment#a=`)).toBe(true);

  const studentContext = await browser.newContext({ acceptDownloads: true });
  const student = await studentContext.newPage();
  await student.goto(link);
  await waitForHydration(student);
  await student.getByRole('link', { name: LESSON_TITLE, exact: true }).click();
  await expect(student).toHaveURL(`${baseURL}${lesson}`);
  await waitForHydration(student);
  const score = await passLessonQuiz(student);
  await student.goto(link);
  await waitForHydration(student);
  await student.getByRole('textbox', { name: 'Your name' }).fill('Ada Lovelace');
  const download = student.waitForEvent('download');
  await student.getByRole('button', { name: 'Export my results' }).click();
  const resultsText = await fs.readFile((await (await download).path())!, 'utf8');
  await studentContext.close();

  await page.goto('gradebook');
  await waitForHydration(page);
  await page.getByLabel('Students’ results files (.json)').setInputFiles([
    { name: 'ada.json', mimeType: 'application/json', buffer: Buffer.from(resultsText) },
  ]);
  const table = page.getByRole('table', { name: /Results by student \(1 students\)/ });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Ada Lovelace' }) });
  await expect(row.getByRole('cell').nth(2)).toHaveText(`${score.points} / ${score.max} (${score.percent}%)passed`);
  expect(pageErrors).toEqual([]);
});

test('under a sub-path: after one visit, another lesson opens offline', async ({ page, context, baseURL, pageErrors }) => {
  await page.goto('course/foundations');
  await waitForHydration(page);
  const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifest).toBe('/silicon-statecraft/manifest.json');
  await reloadUnderServiceWorker(page);

  await context.setOffline(true);
  await page.goto('course/semiconductors/chips-and-foreign-policy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/chips/i);
  await waitForHydration(page);
  await page.getByRole('link', { name: /next/i }).last().click();
  await expect(page).toHaveURL(new RegExp(`^${baseURL}course/`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(false);
  expect(pageErrors).toEqual([]);
});
