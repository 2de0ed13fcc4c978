/**
 * Before JavaScript runs (or without it), a lesson's quiz is readable: the questions and options
 * are in the HTML, and a notice says that checking and scoring need JavaScript.
 */
import { test, expect } from './fixtures';

test.describe('the demonstration quiz without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every question and its options, and says scoring needs JavaScript', async ({ page }) => {
    await page.goto('/course/demo-quiz');
    const quiz = page.getByRole('region', { name: /Quiz demonstration/ });
    await expect(quiz.getByRole('group', { name: /^Question \d of 7/ })).toHaveCount(7);
    await expect(quiz.getByRole('radio', { name: 'Australia' })).toBeVisible();
    await expect(quiz.getByRole('combobox', { name: 'Fabless' })).toBeVisible();
    await expect(quiz.getByText('Checking and scoring this quiz needs JavaScript.')).toBeVisible();
    await expect(quiz.getByRole('button', { name: 'Submit quiz' })).toBeDisabled();
  });
});
