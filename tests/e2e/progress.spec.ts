/**
 * Learner progress in the browser: a learner passes a lesson's quiz, reloads, and finds it on
 * "My progress" and marked in the sidebar; with storage blocked the quiz still works and a
 * notice says progress will not be saved; the progress, completion and review pages (with a
 * review card due) pass axe in both colour modes.
 */
import type { Page } from '@playwright/test';
import { test, expect, waitForHydration, axe } from './fixtures';
import { attemptFor, question } from '../support/results';
import { LESSON, LESSON_TITLE, passLessonQuiz } from './lesson-quiz';

test('a learner passes a lesson quiz and sees it on My progress and in the sidebar after a reload', async ({ page, pageErrors }) => {
  await page.goto(LESSON);
  await waitForHydration(page);
  const score = await passLessonQuiz(page);
  await page.reload();
  await waitForHydration(page);

  const sidebar = page.getByRole('navigation', { name: 'Docs sidebar' });
  await expect(sidebar.getByRole('link', { name: `${LESSON_TITLE} (completed)` })).toBeVisible();

  await page.getByRole('link', { name: 'My progress' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible();
  const foundations = page.getByRole('table', { name: 'Foundations', exact: true });
  const row = foundations.getByRole('row').filter({ has: page.getByRole('rowheader', { name: LESSON_TITLE }) });
  await expect(row).toContainText('Completed');
  await expect(row).toContainText(`${score.percent}%, passed`);
  await expect(page.getByText(/^Course completion: \d+% \(1 of \d+ lessons completed\)$/)).toBeVisible();
  await expect(page.getByText(/^Last activity: /)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Continue where you left off: / })).toHaveAttribute('href', /\/course\/foundations\/a-two-way-street$/);
  expect(pageErrors).toEqual([]);
});

test('with storage blocked, the quiz still works and a notice says progress is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(LESSON);
  await waitForHydration(page);
  await expect(page.getByRole('status').filter({ hasText: 'your progress will not be saved' })).toBeVisible();
  const score = await passLessonQuiz(page);
  await expect(page.getByText(`Your best: ${score.percent}%, passed`)).toBeVisible();
});

// A passed exam-mode final: only an exam counts for the certificate.
const passedFinal = {
  ...attemptFor(
    'final-assessment',
    [question('q1', { type: 'single', optionId: 'a' }, true), question('q2', { type: 'true-false', value: true }, true)],
    '2026-11-20T10:00:00.000Z',
  ),
  mode: 'exam' as const,
};

async function seedProgress(page: Page): Promise<void> {
  const progress = {
    version: 2,
    lessons: { 'foundations/what-is-tech-diplomacy': { visitedAt: '2026-11-19T10:00:00.000Z' } },
    quizzes: { 'final-assessment': { contentHash: passedFinal.contentHash, latest: passedFinal, best: passedFinal, attempts: 1 } },
    lastActivity: { at: '2026-11-20T10:00:00.000Z' },
    // One review card, long due, made on an older version of the quiz (so it starts afresh).
    review: { 'what-is-tech-diplomacy': { contentHash: 'older', cards: { 'just-social-media': [29000000, 2.5, 5, 1, 0, 2, 28990000, 20130] } } },
  };
  await page.addInitScript((text) => {
    if (!window.localStorage.getItem('silicon-statecraft:progress')) window.localStorage.setItem('silicon-statecraft:progress', text);
  }, JSON.stringify(progress));
}

test('the completion page shows the certificate with the typed name once the final is passed', async ({ page, pageErrors }) => {
  await seedProgress(page);
  await page.goto('/completion');
  await waitForHydration(page);
  await page.getByRole('textbox', { name: 'Your name, as it should appear on the certificate' }).fill('<b>Ada</b>');
  const certificate = page.getByRole('article', { name: 'Certificate of completion' });
  await expect(certificate).toContainText('<b>Ada</b>');
  await expect(certificate).toContainText('100%');
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('textbox', { name: /Your name/ })).toBeHidden();
  await expect(certificate).toBeVisible();
  expect(pageErrors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`My progress, the review and the completion page pass axe in ${colorScheme} mode`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await seedProgress(page);
    for (const path of ['/progress', '/review', '/completion']) {
      await page.goto(path);
      await waitForHydration(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText('Loading your progress…')).toHaveCount(0);
      if (path === '/progress') await expect(page.getByRole('img', { name: /^Cards due per day over the next 14 days/ })).toBeVisible();
      if (path === '/review') await expect(page.getByRole('region', { name: 'Question 1 of 1' })).toBeVisible();
      expect((await axe(page).analyze()).violations).toEqual([]);
    }
    // The not-yet-passed state too.
    await page.evaluate(() => window.localStorage.setItem('silicon-statecraft:progress', JSON.stringify({ version: 2, lessons: {}, quizzes: {}, lastActivity: null })));
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByRole('link', { name: 'Take the final assessment' })).toHaveAttribute('href', '/course/final-assessment');
    expect((await axe(page).analyze()).violations).toEqual([]);
    await context.close();
  });
}
