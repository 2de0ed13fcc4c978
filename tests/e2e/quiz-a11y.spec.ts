/**
 * The demonstration page, with every question type, has no axe violations (WCAG 2.2 A/AA) in
 * light and dark mode, before answering, with feedback shown, and after submitting.
 */
import type { Page } from '@playwright/test';
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
  const quiz = page.getByRole('region', { name: /Quiz demonstration/ });
  await expectNoViolations(page, 'before answering');

  const first = quiz.getByRole('group', { name: /^Question 1 of 7/ });
  await first.getByRole('radio', { name: 'Denmark' }).check();
  await first.getByRole('button', { name: 'Check' }).click();
  await first.getByRole('button', { name: 'Show hint' }).click();
  const second = quiz.getByRole('group', { name: /^Question 2 of 7/ });
  await second.getByRole('checkbox', { name: 'Chips' }).check();
  await second.getByRole('button', { name: 'Check' }).click();
  await expect(quiz.getByRole('status')).toHaveText(/Question 2: partly correct/);
  await expectNoViolations(page, 'with feedback shown');

  await quiz.getByRole('button', { name: 'Submit quiz' }).click();
  await expect(quiz.getByRole('status')).toHaveText(/^Score .* of 7 \(\d+%\), not passed$/);
  await expectNoViolations(page, 'after submitting');
}

test.describe('quiz accessibility in light mode', () => {
  test.use({ colorScheme: 'light' });

  test('has no axe violations before and after submitting', async ({ page, pageErrors }) => {
    await page.goto('/course/demo-quiz');
    await waitForHydration(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await checkJourney(page);
    expect(pageErrors).toEqual([]);
  });
});

test.describe('quiz accessibility in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('has no axe violations before and after submitting', async ({ page, pageErrors }) => {
    await page.goto('/course/demo-quiz');
    await waitForHydration(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await checkJourney(page);
    expect(pageErrors).toEqual([]);
  });
});
