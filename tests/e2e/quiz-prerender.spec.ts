/**
 * Before JavaScript runs (or without it), a lesson's quiz is readable: the questions the site's
 * seed draws and their options are in the HTML, and a notice says that checking and scoring need
 * JavaScript.
 */
import demo from '../../docs/demo-quiz.quiz';
import { questionGroup, drawnFor } from './answers';
import { test, expect } from './fixtures';

test.describe('the demonstration quiz without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the drawn questions and their options, and says scoring needs JavaScript', async ({ page }) => {
    await page.goto('/course/demo-quiz');
    const quiz = page.getByRole('region', { name: /Quiz demonstration/ });
    const drawn = drawnFor(demo, null);
    await expect(quiz.getByRole('group', { name: /^Question \d of 7/ })).toHaveCount(7);
    for (const [index, question] of drawn.entries()) {
      await expect(questionGroup(quiz, index + 1, 7, question.prompt)).toBeVisible();
    }
    const single = drawn.find((question) => question.type === 'single');
    if (single?.type === 'single') await expect(quiz.getByRole('radio', { name: single.options[0]!.text, exact: true })).toBeVisible();
    await expect(quiz.getByText('Checking and scoring this quiz needs JavaScript.')).toBeVisible();
    await expect(quiz.getByRole('button', { name: 'Submit quiz' })).toBeDisabled();
  });
});
