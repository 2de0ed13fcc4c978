import type { Page } from '@playwright/test';
import quiz from '../../docs/01-foundations/01-what-is-tech-diplomacy.quiz';
import { answerDrawn, waitForAttempt } from './answers';
import { expect } from './fixtures';

export const LESSON = '/course/foundations/what-is-tech-diplomacy';
export const LESSON_TITLE = quiz.title;

export interface Score {
  readonly points: number;
  readonly max: number;
  /** Whole percent, as the pages show it. */
  readonly percent: number;
}

/**
 * On the lesson "What is tech diplomacy?", answers every drawn question right but the last (all
 * its questions are worth one point) and submits: a pass with less than full marks, whatever the
 * pool drew. Returns the score, for the pages that show it later.
 */
export async function passLessonQuiz(page: Page): Promise<Score> {
  const region = page.getByRole('region', { name: LESSON_TITLE });
  await waitForAttempt(region);
  const count = await region.locator('fieldset').count();
  const points = await answerDrawn(region, quiz, (position) => (position < count - 1 ? 'right' : 'wrong'));
  await region.getByRole('button', { name: 'Submit quiz' }).click();
  const percent = Math.round((points / count) * 100);
  await expect(region.getByRole('status')).toHaveText(`Score ${points} of ${count} (${percent}%), passed`);
  return { points, max: count, percent };
}
