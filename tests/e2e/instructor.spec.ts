/**
 * The instructor's journey across two browsers: build an assignment link, a student opens it in a
 * fresh browser context and exports results, the instructor grades that file alongside a corrupt
 * one and a tampered one. Hostile text (as title and name) must appear as text and run nothing.
 *
 * The student really takes the quiz of the lesson "What is tech diplomacy?" (module 1).
 */
import fs from 'node:fs/promises';
import type { Dialog, Page } from '@playwright/test';
import { test, expect, waitForHydration } from './fixtures';
import { LESSON_TITLE, passLessonQuiz } from './lesson-quiz';

const HOSTILE = '<img src=x onerror=alert(1)>';

function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog: Dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

test('an instructor assigns, a student exports, the instructor grades and sees the rejections', async ({ page, browser, pageErrors }) => {
  const instructorDialogs = recordDialogs(page);

  // 1. The instructor builds a link.
  await page.goto('/assign');
  await waitForHydration(page);
  await page.getByRole('textbox', { name: 'Title' }).fill(HOSTILE);
  await page.getByRole('group', { name: /Whole modules/ }).getByRole('checkbox', { name: 'Foundations' }).check();
  await page.getByRole('button', { name: 'Create share link' }).click();
  const linkField = page.getByRole('textbox', { name: 'Share link' });
  await expect(linkField).toHaveValue(/\/assignment#a=[\w-]+$/);
  const link = await linkField.inputValue();

  // 2. A student opens it in a fresh browser (no shared storage).
  const studentContext = await browser.newContext({ acceptDownloads: true });
  const student = await studentContext.newPage();
  const studentDialogs = recordDialogs(student);
  const studentErrors: string[] = [];
  student.on('pageerror', (error) => studentErrors.push(error.message));
  student.on('console', (message) => message.type() === 'error' && studentErrors.push(message.text()));

  await student.goto(link);
  await waitForHydration(student);
  await expect(student.getByRole('heading', { level: 2, name: HOSTILE })).toBeVisible();
  await expect(student.getByRole('link', { name: 'Foundations', exact: true })).toBeVisible();
  // The student follows the assignment to a lesson, takes its quiz, and comes back.
  await student.getByRole('link', { name: LESSON_TITLE, exact: true }).click();
  await waitForHydration(student);
  const score = await passLessonQuiz(student);
  await student.goto(link);
  await waitForHydration(student);
  await expect(student.getByRole('listitem').filter({ hasText: `Passed (${score.percent}%)` }).last()).toBeVisible();
  await student.getByRole('textbox', { name: 'Your name' }).fill(HOSTILE);
  const downloadEvent = student.waitForEvent('download');
  await student.getByRole('button', { name: 'Export my results' }).click();
  const download = await downloadEvent;
  expect(download.suggestedFilename()).toMatch(/^results-[0-9a-f]{16}-img-src-x-onerror-alert-1\.json$/);
  const resultsText = await fs.readFile((await download.path())!, 'utf8');
  await expect(student.getByRole('status')).toContainText('Your results file was downloaded');
  await expect(student.locator('img[src="x"]')).toHaveCount(0);
  await studentContext.close();

  // 3. The instructor grades it, with a corrupt file and a tampered one.
  const tampered = JSON.parse(resultsText) as { learner: { name: string }; quizzes: { points: number; percent: number }[] };
  tampered.learner.name = 'Mallory';
  tampered.quizzes[0]!.points = 4;
  tampered.quizzes[0]!.percent = 100;
  await page.goto('/gradebook');
  await waitForHydration(page);
  await page.getByLabel('Students’ results files (.json)').setInputFiles([
    { name: 'student.json', mimeType: 'application/json', buffer: Buffer.from(resultsText) },
    { name: 'corrupt.json', mimeType: 'application/json', buffer: Buffer.from(resultsText.slice(0, resultsText.length / 2)) },
    { name: 'tampered.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) },
  ]);

  await expect(page.getByRole('status')).toHaveText('Checked 3 files: 1 imported, 2 not imported.');
  await expect(page.getByText(`Grading: “${HOSTILE}”`, { exact: false })).toBeVisible();
  const table = page.getByRole('table', { name: /Results by student \(1 students\)/ });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: HOSTILE, exact: true }) });
  await expect(row.getByRole('cell').nth(1)).toHaveText(`${score.points} / ${score.max} (${score.percent}%)passed`);
  const rejected = page.getByRole('region', { name: 'Files not imported (2)' });
  await expect(rejected.getByRole('listitem').filter({ hasText: 'corrupt.json' })).toContainText('not a JSON file');
  await expect(rejected.getByRole('listitem').filter({ hasText: 'tampered.json' })).toContainText('checksum does not match');
  await expect(page.getByRole('button', { name: 'Download Canvas CSV' })).toBeVisible();

  // Nothing hostile ran anywhere.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(instructorDialogs).toEqual([]);
  expect(studentDialogs).toEqual([]);
  expect(studentErrors).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a tampered assignment link shows a clear error, not a blank page', async ({ page, pageErrors }) => {
  await page.goto('/assignment#a=eyJ2IjoxLCJpZCI6IjAwMDAwMDAwMDAwMDAwMDAiLCJ0aXRsZSI6IngiLCJpdGVtcyI6W3sia2luZCI6InF1aXoiLCJpZCI6IngifV19');
  await waitForHydration(page);
  await expect(page.getByRole('alert')).toContainText('has been changed or is not valid');
  expect(pageErrors).toEqual([]);
});
