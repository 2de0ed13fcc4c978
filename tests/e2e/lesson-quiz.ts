import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const LESSON = '/course/foundations/what-is-tech-diplomacy';
export const LESSON_TITLE = 'What is tech diplomacy?';

/**
 * On the lesson "What is tech diplomacy?", answers six of its seven questions right (the
 * matching one is left) and submits: 6 of 7, 86%, passed. The answers come from the lesson's
 * quiz module; if that quiz changes, this is the one place to follow it. Questions come in a
 * shuffled order (each learner's own), so each is found by its prompt.
 */
export async function passLessonQuiz(page: Page): Promise<void> {
  const quiz = page.getByRole('region', { name: LESSON_TITLE });
  await expect(quiz).toHaveAttribute('aria-busy', 'false');
  const q = (prompt: string) => quiz.getByRole('group', { name: prompt });
  await q('what does Bronte Munro say').getByRole('radio', { name: 'Technological collaboration across sectors and between countries' }).check();
  await q('essentially diplomats using social media').getByRole('radio', { name: 'False' }).check();
  await q('first ambassador to the technology industry').getByRole('textbox').fill('Denmark');
  for (const name of ['Chips', '6G', 'Digital health']) await q('Which of these does Chiang list').getByRole('checkbox', { name }).check();
  await q('a new concept in international security').getByRole('radio', { name: /^That who leads in critical technologies/ }).check();
  await q('5G guidance of 23 August 2018').getByRole('radio', { name: /^it joined technical, business and security questions/ }).check();
  await quiz.getByRole('button', { name: 'Submit quiz' }).click();
  await expect(quiz.getByRole('status')).toHaveText(/^Score 6 of 7 \(86%\), passed$/);
}
