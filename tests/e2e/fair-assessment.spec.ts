/**
 * What makes a score mean something: a lesson quiz shows its options in a new order on a retake
 * and the same order after a reload mid-attempt; a pooled quiz draws another set of questions on a
 * retake; an exam (a checkpoint) has no per-question Check and shows feedback only after
 * submitting. The learner's seed is fixed, so what each attempt draws is known.
 */
import type { Locator } from '@playwright/test';
import demo from '../../docs/demo-quiz.quiz';
import checkpoint from '../../docs/01-foundations/checkpoint.quiz';
import { answerDrawn, drawnFor, seedLearner, waitForAttempt } from './answers';
import { test, expect, waitForHydration } from './fixtures';
import { LESSON, LESSON_TITLE } from './lesson-quiz';

/** Each question's prompt with its options (or items, or choices) in the order shown. */
async function shownOrder(region: Locator): Promise<string[]> {
  return region.locator('fieldset').evaluateAll((groups) =>
    groups.map((group) => {
      const prompt = group.querySelector('legend')?.textContent ?? '';
      const choices = [...group.querySelectorAll('label, li, option')].map((node) => node.textContent?.trim() ?? '');
      return `${prompt} :: ${choices.join(' | ')}`;
    }),
  );
}

test('a retake shows the options in a new order, and a reload in the middle of an attempt keeps the order', async ({ page, pageErrors }) => {
  await seedLearner(page, 'order1');
  await page.goto(LESSON);
  await waitForHydration(page);
  const quiz = page.getByRole('region', { name: LESSON_TITLE });
  await waitForAttempt(quiz);
  const first = await shownOrder(quiz);

  await page.reload();
  await waitForHydration(page);
  await waitForAttempt(quiz);
  expect(await shownOrder(quiz)).toEqual(first);

  await quiz.getByRole('button', { name: 'Submit quiz' }).click();
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await waitForAttempt(quiz);
  const second = await shownOrder(quiz);
  expect(second).not.toEqual(first);
  expect(pageErrors).toEqual([]);
});

test('a pooled quiz draws another set of questions on a retake', async ({ page, pageErrors }) => {
  await seedLearner(page, 'pool1');
  const [attempt1, attempt2] = [drawnFor(demo, 'pool1', 1), drawnFor(demo, 'pool1', 2)].map((drawn) => drawn.map((q) => q.id).sort());
  // The seed was chosen so that the two attempts differ; the quiz must show exactly these.
  expect(attempt2).not.toEqual(attempt1);
  await page.goto('/course/demo-quiz');
  await waitForHydration(page);
  const quiz = page.getByRole('region', { name: /Quiz demonstration/ });
  await waitForAttempt(quiz);
  const prompts = async () =>
    (await quiz.locator('fieldset legend').allTextContents()).map((legend) => demo.questions.find((q) => legend.endsWith(q.prompt))!.id).sort();
  expect(await prompts()).toEqual(attempt1);
  await quiz.getByRole('button', { name: 'Submit quiz' }).click();
  await expect(quiz.getByRole('status')).toHaveText(/^Score [\d.]+ of 7 /);
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await waitForAttempt(quiz);
  expect(await prompts()).toEqual(attempt2);
  expect(pageErrors).toEqual([]);
});

test('an exam has no Check and no hints, and shows feedback only after submitting', async ({ page, pageErrors }) => {
  await seedLearner(page, 'exam1');
  await page.goto('/course/foundations/checkpoint');
  await waitForHydration(page);
  const exam = page.getByRole('region', { name: checkpoint.title });
  await expect(exam.getByText(/^Exam: \d+ questions, no checking and no hints/)).toBeVisible();
  await exam.getByRole('button', { name: 'Start the exam' }).click();
  const drawn = drawnFor(checkpoint, 'exam1');
  await expect(exam.locator('fieldset')).toHaveCount(drawn.length);
  await expect(exam.getByRole('button', { name: 'Check' })).toHaveCount(0);
  await expect(exam.getByRole('button', { name: 'Show hint' })).toHaveCount(0);
  const rights = await answerDrawn(exam, checkpoint, (position) => (position === 0 ? 'wrong' : 'right'));
  await expect(exam.getByText(/^\W?(Correct|Incorrect)\.$/)).toHaveCount(0);
  await exam.getByRole('button', { name: 'Submit quiz' }).click();
  await expect(exam.getByRole('status')).toHaveText(new RegExp(`^Score ${rights} of ${drawn.length} \\(`));
  const review = exam.getByRole('region', { name: 'Review of your answers' });
  await expect(review.getByText(/^\W?Incorrect\.$/)).toHaveCount(1);
  await expect(review.getByText(/^\W?Correct\.$/)).toHaveCount(drawn.length - 1);
  expect(pageErrors).toEqual([]);
});
