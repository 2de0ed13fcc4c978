/**
 * The instructor and assignment pages in the states people use them in pass axe's WCAG 2.2 AA
 * rules (the page's own content: the navbar's search hint fails contrast site-wide, a theme issue
 * reported separately), and their controls are reachable by keyboard.
 */
import { test, expect, waitForHydration, axe } from './fixtures';
import { manyResults, sampleAssignment } from '../support/results';
import { builtCourseQuizzes } from './gradebook-bench';
import { encodeAssignmentLink } from '../../src/lib/assignment/link';
import { resultsChecksum } from '../../src/lib/results/checksum';

test('the assignment builder with a link shown passes axe', async ({ page }) => {
  await page.goto('/assign');
  await waitForHydration(page);
  await page.getByRole('textbox', { name: 'Title' }).fill('Week 1');
  await page.getByRole('checkbox', { name: 'Foundations' }).check();
  await page.getByRole('button', { name: 'Create share link' }).click();
  await expect(page.getByRole('textbox', { name: 'Share link' })).toBeVisible();
  expect((await axe(page).include('main').analyze()).violations).toEqual([]);
});

test('the student view of an assignment passes axe', async ({ page }) => {
  await page.goto(encodeAssignmentLink(sampleAssignment, ''));
  await waitForHydration(page);
  await expect(page.getByRole('heading', { name: 'Chips and 5G' })).toBeVisible();
  expect((await axe(page).include('main').analyze()).violations).toEqual([]);
});

test('the gradebook with a class imported, a conflict and a re-scored file passes axe in light and dark, and its file input is reached by keyboard', async ({ page }) => {
  await page.goto('/gradebook');
  await waitForHydration(page);
  const input = page.getByLabel('Students’ results files (.json)');
  await page.getByRole('button', { name: 'Grade this assignment' }).focus();
  await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  const [first, ...others] = await manyResults(5, builtCourseQuizzes());
  const { checksum: _, ...unsigned } = { ...first!, learner: { name: 'Someone else', email: first!.learner.email } };
  const claimed = { ...unsigned, quizzes: unsigned.quizzes.map((quiz) => ({ ...quiz, points: quiz.maxPoints, percent: 100, passed: true })) };
  const posing = { ...claimed, checksum: await resultsChecksum(claimed) };
  const files = [first!, ...others, posing].map((results, i) => ({ name: `s${i}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(results)) }));
  await input.setInputFiles([...files, { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('nope') }]);
  await expect(page.getByRole('status')).toHaveText('Checked 7 files: 6 imported, 1 not imported.');
  await expect(page.getByRole('region', { name: /Several files for one student/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /Checked against the course/ })).toBeVisible();
  await page.getByText('The counts as a table').first().click();
  await expect(page.getByRole('img', { name: /^Scores of 4 students on/ }).first()).toBeVisible();
  expect((await axe(page).include('main').analyze()).violations).toEqual([]);
  // Switched in place: without reduced motion, axe could read the buttons' colours mid-transition.
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  expect((await axe(page).include('main').analyze()).violations).toEqual([]);
});

test('error states pass axe in dark mode: a broken link, and rejected files', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/assignment#a=not-a-real-payload');
  await waitForHydration(page);
  await expect(page.getByRole('alert')).toContainText('incomplete or damaged');
  expect((await axe(page).include('main').analyze()).violations).toEqual([]);

  await page.goto('/gradebook');
  await waitForHydration(page);
  await page.getByLabel('Students’ results files (.json)').setInputFiles([
    { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') },
  ]);
  await expect(page.getByRole('region', { name: 'Files not imported (1)' })).toContainText('not a results file');
  expect((await axe(page).include('main').analyze()).violations).toEqual([]);
});
