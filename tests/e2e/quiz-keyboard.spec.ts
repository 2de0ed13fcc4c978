/**
 * A learner completes the whole demonstration quiz with the keyboard alone, submits it, hears
 * and lands on the score, and finds the result again after a reload. The quiz draws one question
 * of each type; the learner's seed is fixed so the test knows which.
 */
import type { Locator, Page } from '@playwright/test';
import demo from '../../docs/demo-quiz.quiz';
import type { Question } from '../../src/quiz/schema';
import { questionGroup, drawnFor, seedLearner, waitForAttempt } from './answers';
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

/** Answers one question right with the keyboard alone, as its type is operated. */
async function answerByKeyboard(page: Page, group: Locator, question: Question): Promise<void> {
  switch (question.type) {
    case 'single': {
      // Tab enters the radio group, Space checks, the arrow keys move the choice.
      const right = group.getByRole('radio', { name: question.options.find((o) => o.correct)!.text, exact: true });
      await tabTo(page, group.getByRole('radio').first());
      await page.keyboard.press('Space');
      for (let presses = 0; presses < 6 && !(await right.isChecked()); presses++) await page.keyboard.press('ArrowDown');
      await expect(right).toBeChecked();
      return;
    }
    case 'multiple':
      for (const option of question.options.filter((o) => o.correct)) {
        await tabTo(page, group.getByRole('checkbox', { name: option.text, exact: true }));
        await page.keyboard.press('Space');
      }
      return;
    case 'true-false': {
      const right = group.getByRole('radio', { name: question.answer ? 'True' : 'False', exact: true });
      await tabTo(page, group.getByRole('radio', { name: 'True', exact: true }));
      if (!question.answer) await page.keyboard.press('ArrowDown');
      else await page.keyboard.press('Space');
      await expect(right).toBeChecked();
      return;
    }
    case 'ordering': {
      const items = group.getByRole('listitem');
      for (const [target, item] of question.items.entries()) {
        const index = async () => (await items.allTextContents()).findIndex((t) => t.startsWith(item.text));
        if ((await index()) === target) continue;
        await tabTo(page, group.getByRole('button', { name: `Move up: ${item.text}`, exact: true }));
        while ((await index()) > target) await page.keyboard.press('Enter');
        await expect(items.nth(target)).toContainText(item.text);
      }
      return;
    }
    case 'matching':
      // Type-ahead picks the option in a focused select.
      for (const pair of question.pairs) {
        const select = group.getByRole('combobox', { name: pair.term, exact: true });
        await tabTo(page, select);
        await page.keyboard.type(pair.match);
        await expect(select).toHaveValue(pair.id);
      }
      return;
    case 'short-answer':
      await tabTo(page, group.getByRole('textbox'));
      await page.keyboard.type(question.accept?.[0] ?? `${question.number!.value}`);
      return;
  }
}

test('completes the demonstration quiz by keyboard, then sees the saved result after a reload', async ({ page, pageErrors }) => {
  await seedLearner(page, 'keyboard1');
  await page.goto('/course/demo-quiz');
  await waitForHydration(page);
  const quiz = page.getByRole('region', { name: /Quiz demonstration/ });
  await waitForAttempt(quiz);
  await expect(quiz.getByText('Checking and scoring this quiz needs JavaScript.')).toHaveCount(0);

  const drawn = drawnFor(demo, 'keyboard1');
  for (const [index, question] of drawn.entries()) {
    const group = questionGroup(quiz, index + 1, 7, question.prompt);
    await answerByKeyboard(page, group, question);
    if (index === 0) {
      // Check the first answer from the keyboard, and open its hint if it has one.
      await tabTo(page, group.getByRole('button', { name: 'Check' }));
      await page.keyboard.press('Enter');
      await expect(quiz.getByRole('status')).toHaveText('Question 1: correct');
      if (question.hint) {
        await tabTo(page, group.getByRole('button', { name: 'Show hint' }));
        await page.keyboard.press('Enter');
        await expect(group.getByRole('button', { name: 'Hide hint' })).toHaveAttribute('aria-expanded', 'true');
      }
    }
  }

  await tabTo(page, quiz.getByRole('button', { name: 'Submit quiz' }));
  await page.keyboard.press('Enter');

  await expect(quiz.getByRole('status')).toHaveText('Score 7 of 7 (100%), passed');
  await expect(page.locator(':focus')).toContainText('Score 7 of 7 (100%), passed');
  await expect(quiz.getByRole('region', { name: 'Review of your answers' })).toContainText('(correct answer) (your choice)');

  await page.reload();
  await waitForHydration(page);
  await expect(quiz).toContainText('Your last attempt: Score 7 of 7 (100%), passed.');
  await expect(quiz).toContainText('Your best: 100%, passed');
  await expect(quiz).toContainText('Attempts left: 2 of 3');
  expect(pageErrors).toEqual([]);
});
