/**
 * The instructor's journey across browsers: build an assignment link; a student opens it in a
 * fresh browser context, really takes the quiz of the lesson "What is tech diplomacy?" (module 1)
 * and exports results; two classmates' files are added (Bob's, and Mallory's, who typed Bob's
 * email and claimed full marks with a recomputed checksum), and Eve's, edited without fixing its
 * checksum. The gradebook shows Bob's and Mallory's files by name until the instructor picks one,
 * rejects Eve's with its reason, re-scores the rest, and the LMS CSVs hold exactly the chosen rows.
 * Hostile text (as title and name) must appear as text and run nothing.
 */
import fs from 'node:fs/promises';
import Papa from 'papaparse';
import type { Dialog, Download, Page } from '@playwright/test';
import { test, expect, waitForHydration } from './fixtures';
import { builtCourseQuizzes } from './gradebook-bench';
import { LESSON_TITLE, passLessonQuiz } from './lesson-quiz';
import { decodeAssignmentLink } from '../../src/lib/assignment/link';
import { resultsChecksum } from '../../src/lib/results/checksum';
import type { CurrentResultsFile } from '../../src/lib/results/schema';
import { plausibleResults } from '../support/results';

const HOSTILE = '<img src=x onerror=alert(1)>';
const LESSON_QUIZ = 'what-is-tech-diplomacy';

function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog: Dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

function asFile(name: string, data: unknown) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(typeof data === 'string' ? data : JSON.stringify(data, null, 2)) };
}

async function csvRows(download: Promise<Download>): Promise<string[][]> {
  const text = await fs.readFile((await (await download).path())!, 'utf8');
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

test('three students, one posing as another and one with an edited score: the gradebook keeps both claims by name, rejects the edit, re-scores the rest', async ({ page, browser, pageErrors }) => {
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

  // 2. Ada opens it in a fresh browser (no shared storage), takes the lesson quiz and exports.
  const studentContext = await browser.newContext({ acceptDownloads: true });
  const student = await studentContext.newPage();
  const studentDialogs = recordDialogs(student);
  const studentErrors: string[] = [];
  student.on('pageerror', (error) => studentErrors.push(error.message));
  student.on('console', (message) => message.type() === 'error' && studentErrors.push(message.text()));
  await student.goto(link);
  await waitForHydration(student);
  await expect(student.getByRole('heading', { level: 2, name: HOSTILE })).toBeVisible();
  await student.getByRole('link', { name: LESSON_TITLE, exact: true }).click();
  await waitForHydration(student);
  const score = await passLessonQuiz(student);
  await student.goto(link);
  await waitForHydration(student);
  await expect(student.getByRole('listitem').filter({ hasText: `Passed (${score.percent}%)` }).last()).toBeVisible();
  await student.getByRole('textbox', { name: 'Your name' }).fill('Ada Lovelace');
  await student.getByRole('textbox', { name: 'Your email (optional)' }).fill('ada@example.edu');
  const downloadEvent = student.waitForEvent('download');
  await student.getByRole('button', { name: 'Export my results' }).click();
  const adaText = await fs.readFile((await (await downloadEvent).path())!, 'utf8');
  await expect(student.locator('img[src="x"]')).toHaveCount(0);
  await studentContext.close();

  // 3. Bob's file; Mallory's, with Bob's email and a score she made up (checksum recomputed);
  //    Eve's, whose score was edited by hand (checksum not fixed).
  const decoded = decodeAssignmentLink(link);
  if (!decoded.ok) throw new Error(decoded.message);
  const course = builtCourseQuizzes();
  const generated = (name: string, email: string, seed: number) =>
    plausibleResults({ assignment: decoded.assignment, learner: { name, email }, course, quizIds: [LESSON_QUIZ], seed });
  const bob = await generated('Bob Brown', 'bob@example.edu', 1);
  const { checksum: _, ...mallorysOwn } = await generated('Mallory', 'bob@example.edu', 0);
  const claimed = { ...mallorysOwn, quizzes: mallorysOwn.quizzes.map((quiz) => ({ ...quiz, points: quiz.maxPoints, percent: 100, passed: true })) };
  const mallory: CurrentResultsFile = { ...claimed, checksum: await resultsChecksum(claimed) };
  const eve = await generated('Eve', 'eve@example.edu', 2);
  const eveEdited = { ...eve, quizzes: eve.quizzes.map((quiz) => ({ ...quiz, points: quiz.maxPoints, percent: 100 })) };
  const bobPoints = bob.quizzes[0]!.points;
  const { points: malloryPoints, maxPoints: malloryMax } = mallorysOwn.quizzes[0]!;
  expect(malloryPoints).toBeLessThan(malloryMax);

  // 4. The instructor grades them all at once.
  await page.goto('/gradebook');
  await waitForHydration(page);
  await page.getByLabel('Students’ results files (.json)').setInputFiles([
    asFile('ada.json', adaText), asFile('bob.json', bob), asFile('mallory.json', mallory), asFile('eve.json', eveEdited),
  ]);
  await expect(page.getByRole('status')).toHaveText('Checked 4 files: 3 imported, 1 not imported.');
  await expect(page.getByText(`Grading: “${HOSTILE}”`, { exact: false })).toBeVisible();
  const rejected = page.getByRole('region', { name: 'Files not imported (1)' });
  await expect(rejected.getByRole('listitem').filter({ hasText: 'eve.json' })).toContainText('checksum does not match');

  // Both claims to be Bob stay visible, by file, and neither counts yet.
  const conflict = page.getByRole('group', { name: 'bob@example.edu: 2 files' });
  await expect(conflict.getByRole('radio', { name: /^bob\.json: Bob Brown/ })).not.toBeChecked();
  await expect(conflict.getByRole('radio', { name: /^mallory\.json: Mallory/ })).not.toBeChecked();
  const table = page.getByRole('table', { name: /Results by student/ });
  await expect(table).toHaveAccessibleName(/\(1 students\)/);
  // Mallory's claim is re-scored from her answers; both numbers are listed.
  const findings = page.getByRole('region', { name: /Checked against the course/ });
  await expect(findings.getByRole('listitem').filter({ hasText: 'mallory.json' })).toContainText(
    `the file says ${malloryMax} / ${malloryMax} points; re-scored from its answers: ${malloryPoints} / ${malloryMax}.`,
  );
  // Ada's attempt was made on this version of the quiz, and her score stands.
  await expect(page.getByText('older quiz version')).toHaveCount(0);
  const adaRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Ada Lovelace', exact: true }) });
  await expect(adaRow.getByRole('cell').nth(2)).toHaveText(`${score.points} / ${score.max} (${score.percent}%)passed`);

  await conflict.getByRole('radio', { name: /^bob\.json/ }).check();
  await expect(table).toHaveAccessibleName(/\(2 students\)/);
  const bobRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Bob Brown', exact: true }) });
  await expect(bobRow.getByRole('cell').nth(1)).toHaveText('bob.json');

  // 5. The CSVs hold exactly the chosen rows: Ada and Bob (from bob.json); no Mallory, no Eve.
  const moodle = await csvRows(Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Moodle CSV' }).click()]).then(([d]) => d));
  // Columns are the assignment's quizzes (module 1), named as the course names them.
  expect(moodle[0]).toEqual([
    'email', 'What is tech diplomacy? (what-is-tech-diplomacy)', 'A two-way street (a-two-way-street)',
    'Actors and silos (actors-and-silos)', 'Module 1 checkpoint (foundations-checkpoint)',
  ]);
  expect(moodle.slice(1)).toEqual([['ada@example.edu', String(score.points), '', '', ''], ['bob@example.edu', String(bobPoints), '', '', '']]);
  const canvas = await csvRows(Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Canvas CSV' }).click()]).then(([d]) => d));
  expect(canvas.slice(2).map((row) => [row[0], row[3], row[5]])).toEqual([['Ada Lovelace', 'ada@example.edu', String(score.points)], ['Bob Brown', 'bob@example.edu', String(bobPoints)]]);

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
