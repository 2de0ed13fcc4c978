/**
 * A learner completes the whole demonstration quiz with the keyboard alone, submits it, hears
 * and lands on the score, and finds the result again after a reload.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, waitForHydration } from './fixtures';

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Presses Tab (or Shift+Tab when the target lies behind) until `target` has focus. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let presses = 0; presses < 150; presses++) {
      if (await isFocused(target)) return;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** Moves ordering items with "Move up" (Enter) until the list reads `texts`. */
async function putInOrder(page: Page, group: Locator, texts: string[]): Promise<void> {
  const items = group.getByRole('listitem');
  for (let target = 0; target < texts.length; target++) {
    const text = texts[target]!;
    const index = async () => (await items.allTextContents()).findIndex((t) => t.includes(text));
    if ((await index()) === target) continue;
    await tabTo(page, group.getByRole('button', { name: `Move up: ${text}` }));
    while ((await index()) > target) await page.keyboard.press('Enter');
    await expect(items.nth(target)).toContainText(text);
  }
}

test('completes the demonstration quiz by keyboard, then sees the saved result after a reload', async ({ page, pageErrors }) => {
  await page.goto('/course/demo-quiz');
  await waitForHydration(page);
  const quiz = page.getByRole('region', { name: /Quiz demonstration/ });
  const question = (n: number) => quiz.getByRole('group', { name: new RegExp(`^Question ${n} of 7`) });
  await expect(quiz.getByText('Checking and scoring this quiz needs JavaScript.')).toHaveCount(0);

  // 1. Single choice (options shuffled): Tab enters the group, Space checks, arrows move the choice.
  const australia = question(1).getByRole('radio', { name: 'Australia' });
  await tabTo(page, question(1).getByRole('radio').first());
  await page.keyboard.press('Space');
  for (let presses = 0; presses < 4 && !(await australia.isChecked()); presses++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(australia).toBeChecked();

  // Check it, and open its hint, from the keyboard.
  await tabTo(page, question(1).getByRole('button', { name: 'Check' }));
  await page.keyboard.press('Enter');
  await expect(quiz.getByRole('status')).toHaveText('Question 1: correct');
  await tabTo(page, question(1).getByRole('button', { name: 'Show hint' }));
  await page.keyboard.press('Enter');
  await expect(question(1).getByRole('button', { name: 'Hide hint' })).toHaveAttribute('aria-expanded', 'true');

  // 2. Multiple choice: Space toggles each checkbox.
  for (const name of ['Chips', '6G', 'Artificial intelligence']) {
    await tabTo(page, question(2).getByRole('checkbox', { name }));
    await page.keyboard.press('Space');
  }

  // 3. True/false: arrow keys move within the radio group and select.
  await tabTo(page, question(3).getByRole('radio', { name: 'True' }));
  await page.keyboard.press('ArrowDown');
  await expect(question(3).getByRole('radio', { name: 'False' })).toBeChecked();

  // 4. Ordering with the Move up buttons.
  await putInOrder(page, question(4), [
    'CERN comes into being',
    'The Non-Proliferation Treaty opens for signature',
    'TSMC is founded in Taiwan',
    'Australia issues its 5G security guidance',
  ]);

  // 5. Matching: type-ahead picks an option in a focused select.
  const matches: [string, string, string][] = [
    ['Foundry', 'Manufactures', 'foundry'],
    ['Fabless', 'Designs', 'fabless'],
    ['EUV lithography', 'Prints', 'euv'],
  ];
  for (const [term, typed, value] of matches) {
    const select = question(5).getByRole('combobox', { name: term });
    await tabTo(page, select);
    await page.keyboard.type(typed);
    await expect(select).toHaveValue(value);
  }

  // 6 and 7. Short answers.
  await tabTo(page, question(6).getByRole('textbox', { name: 'Your answer' }));
  await page.keyboard.type('asml');
  await tabTo(page, question(7).getByRole('textbox', { name: 'Your answer (%)' }));
  await page.keyboard.type('92 %');

  await tabTo(page, quiz.getByRole('button', { name: 'Submit quiz' }));
  await page.keyboard.press('Enter');

  await expect(quiz.getByRole('status')).toHaveText('Score 7 of 7 (100%), passed');
  await expect(page.locator(':focus')).toContainText('Score 7 of 7 (100%), passed');
  await expect(quiz.getByRole('region', { name: 'Review of your answers' })).toContainText('Chips (correct answer) (your choice)');

  await page.reload();
  await waitForHydration(page);
  await expect(quiz).toContainText('Your last attempt: Score 7 of 7 (100%), passed.');
  await expect(quiz).toContainText('Your best: 100%, passed');
  await expect(quiz).toContainText('Attempts left: 2 of 3');
  expect(pageErrors).toEqual([]);
});
