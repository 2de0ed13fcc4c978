/**
 * The demonstration page, with every question type, has no axe violations (WCAG 2.2 A/AA) in
 * light and dark mode, before answering, with feedback shown, and after submitting.
 */
import type { Page } from '@playwright/test';
import demo from '../../docs/demo-quiz.quiz';
import { answer, drawnQuestions, seedLearner, waitForAttempt } from './answers';
import { test, expect, waitForHydration, axe } from './fixtures';

async function expectNoViolations(page: Page, moment: string): Promise<void> {
  // The search plugin's "ctrl K" hint in the navbar fails contrast in light mode on every page
  // (1.51:1); it is not part of the quiz and is reported to the search issue, so it is left out here.
  const { violations } = await axe(page).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe violations ${moment}`,
  ).toEqual([]);
}

async function checkJourney(page: Page): Promise<void> {
  await seedLearner(page, 'axe1');
  await page.goto('/course/demo-quiz');
  await waitForHydration(page);
  const quiz = page.getByRole('region', { name: /Quiz demonstration/ });
  await waitForAttempt(quiz);
  await expectNoViolations(page, 'before answering');

  // The first two drawn questions answered wrong and checked, and every hint opened.
  const drawn = await drawnQuestions(quiz, demo);
  for (const { group, question } of drawn.slice(0, 2)) {
    await answer(group, question, 'wrong');
    await group.getByRole('button', { name: 'Check' }).click();
  }
  for (const hint of await quiz.getByRole('button', { name: 'Show hint' }).all()) await hint.click();
  await expect(quiz.getByRole('status')).toHaveText(/^Question 2: (incorrect|partly correct.*)$/);
  await expectNoViolations(page, 'with feedback shown');

  await quiz.getByRole('button', { name: 'Submit quiz' }).click();
  await expect(quiz.getByRole('status')).toHaveText(/^Score .* of 7 \(\d+%\), not passed$/);
  await expectNoViolations(page, 'after submitting');
}

test.describe('quiz accessibility in light mode', () => {
  test.use({ colorScheme: 'light' });

  test('has no axe violations before and after submitting', async ({ page, pageErrors }) => {
    await checkJourney(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(pageErrors).toEqual([]);
  });
});

test.describe('quiz accessibility in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('has no axe violations before and after submitting', async ({ page, pageErrors }) => {
    await checkJourney(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(pageErrors).toEqual([]);
  });
});
