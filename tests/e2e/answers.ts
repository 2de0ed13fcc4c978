/**
 * Answering whatever questions a quiz drew, as a learner would, from the quiz's own data module:
 * pools and shuffles mean a test cannot know in advance which questions appear or in which order,
 * so it reads each question's prompt on the page and answers it by its accessible controls.
 */
import type { Locator, Page } from '@playwright/test';
import { attemptSeed, drawQuestions } from '../../src/quiz/draw';
import type { Question, Quiz } from '../../src/quiz/schema';
import { expect } from './fixtures';

export type Plan = 'right' | 'wrong';

/** The question groups on screen, in order, each with its data. */
export async function drawnQuestions(region: Locator, quiz: Quiz): Promise<{ group: Locator; question: Question }[]> {
  const groups = region.locator('fieldset');
  const count = await groups.count();
  const found: { group: Locator; question: Question }[] = [];
  for (let index = 0; index < count; index++) {
    const group = groups.nth(index);
    const legend = (await group.locator('legend').textContent()) ?? '';
    const question = quiz.questions.find((candidate) => legend.endsWith(candidate.prompt));
    if (!question) throw new Error(`No question of quiz "${quiz.id}" has the prompt in: ${legend}`);
    found.push({ group, question });
  }
  return found;
}

/** Moves ordering items with their "Move up" buttons until the list reads `texts`. */
async function putInOrder(group: Locator, texts: readonly string[]): Promise<void> {
  const items = group.getByRole('listitem');
  for (let target = 0; target < texts.length; target++) {
    const text = texts[target]!;
    const index = async () => (await items.allTextContents()).findIndex((t) => t.startsWith(text));
    while ((await index()) > target) await group.getByRole('button', { name: `Move up: ${text}`, exact: true }).click();
    await expect(items.nth(target)).toContainText(text);
  }
}

/** Answers one question right, or wrong (a wrong option, a reversed order, a wrong match, a wrong text). */
export async function answer(group: Locator, question: Question, plan: Plan): Promise<void> {
  const right = plan === 'right';
  switch (question.type) {
    case 'single': {
      const option = question.options.find((o) => Boolean(o.correct) === right)!;
      await group.getByRole('radio', { name: option.text, exact: true }).check();
      return;
    }
    case 'multiple': {
      const options = right ? question.options.filter((o) => o.correct) : question.options.filter((o) => !o.correct).slice(0, 1);
      for (const option of options) await group.getByRole('checkbox', { name: option.text, exact: true }).check();
      return;
    }
    case 'true-false':
      await group.getByRole('radio', { name: question.answer === right ? 'True' : 'False', exact: true }).check();
      return;
    case 'ordering': {
      const texts = question.items.map((item) => item.text);
      await putInOrder(group, right ? texts : [...texts].reverse());
      return;
    }
    case 'matching': {
      const matches = question.pairs.map((pair) => pair.match);
      for (const [index, pair] of question.pairs.entries()) {
        const label = right ? pair.match : matches[(index + 1) % matches.length]!;
        await group.getByRole('combobox', { name: pair.term, exact: true }).selectOption({ label });
      }
      return;
    }
    case 'short-answer': {
      const text = right ? (question.accept?.[0] ?? String(question.number!.value)) : 'not the answer';
      await group.getByRole('textbox').fill(text);
      return;
    }
  }
}

/**
 * Answers every question the attempt drew according to `plan` (by position on screen) and
 * returns how many were answered right.
 */
export async function answerDrawn(region: Locator, quiz: Quiz, plan: (position: number) => Plan): Promise<number> {
  const drawn = await drawnQuestions(region, quiz);
  let rights = 0;
  for (const [index, { group, question }] of drawn.entries()) {
    const choice = plan(index);
    await answer(group, question, choice);
    if (choice === 'right') rights += 1;
  }
  return rights;
}

/** Waits until the learner's own attempt has begun (the quiz region is no longer busy). */
export async function waitForAttempt(region: Locator): Promise<void> {
  await expect(region).toHaveAttribute('aria-busy', 'false');
}

/**
 * Gives the learner a known random seed before the page loads (as if they had visited before), so
 * that what a pooled quiz draws is known to the test: `drawnFor` computes it the way the quiz does.
 */
export async function seedLearner(page: Page, seed: string): Promise<void> {
  await page.addInitScript((learnerSeed) => {
    if (window.localStorage.getItem('silicon-statecraft:progress') === null) {
      window.localStorage.setItem(
        'silicon-statecraft:progress',
        JSON.stringify({ version: 2, lessons: {}, quizzes: {}, lastActivity: null, seed: learnerSeed }),
      );
    }
  }, seed);
}

/** The questions attempt `attempt` of a learner with `seed` asks, in order (null: before the seed is known). */
export function drawnFor(quiz: Quiz, seed: string | null, attempt = 1): Question[] {
  return drawQuestions(quiz, attemptSeed(seed, quiz.id, attempt));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The group of the question at `position` (from 1) of `total`, by its legend. */
export function questionGroup(region: Locator, position: number, total: number, prompt: string): Locator {
  return region.getByRole('group', { name: new RegExp(`^Question ${position} of ${total}\\s*${escapeRegExp(prompt)}$`) });
}
