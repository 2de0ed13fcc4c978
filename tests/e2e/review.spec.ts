/**
 * The review deck, end to end: a learner misses two questions of a lesson quiz, the navbar then
 * says "Review (2)", the Review page asks both (checked and moved on by keyboard), one answered
 * right and one wrong, and after a reload the wrong one is due again while the right one waits
 * for a later day, as My progress shows.
 */
import quiz from '../../docs/01-foundations/01-what-is-tech-diplomacy.quiz';
import { answer, answerDrawn, drawnQuestions, waitForAttempt } from './answers';
import { test, expect, waitForHydration, axe } from './fixtures';
import { LESSON } from './lesson-quiz';

test('missed questions come back on the Review page and are rescheduled by the answers given there', async ({ page, pageErrors }) => {
  await page.goto(LESSON);
  await waitForHydration(page);
  const lessonQuiz = page.getByRole('region', { name: quiz.title });
  await waitForAttempt(lessonQuiz);
  const missed = (await drawnQuestions(lessonQuiz, quiz)).slice(0, 2).map(({ question }) => question.prompt);
  const rights = await answerDrawn(lessonQuiz, quiz, (position) => (position < 2 ? 'wrong' : 'right'));
  await lessonQuiz.getByRole('button', { name: 'Submit quiz' }).click();
  await expect(lessonQuiz.getByRole('status')).toHaveText(new RegExp(`^Score ${rights} of ${rights + 2} `));

  const reviewLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Review/ });
  await expect(reviewLink).toHaveText('Review (2)');
  await reviewLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review what you missed' })).toBeVisible();
  await expect(page.getByText('2 questions due for review.', { exact: false })).toBeVisible();

  // The first card asked is answered right, the second wrong; Check and the next step by keyboard.
  const asked: string[] = [];
  for (const [index, plan] of (['right', 'wrong'] as const).entries()) {
    const card = page.getByRole('region', { name: `Question ${index + 1} of 2` });
    const [shown] = await drawnQuestions(card, quiz);
    expect(missed).toContain(shown!.question.prompt);
    asked.push(shown!.question.prompt);
    await answer(shown!.group, shown!.question, plan);
    await card.getByRole('button', { name: 'Check' }).press('Enter');
    await expect(page.getByRole('status').last()).toHaveText(
      plan === 'right' ? /^correct\. Next review: .+ \((tomorrow|in \d+ days)\)\.$/ : /^(incorrect|partly correct.*)\. It stays due/,
    );
    // Verdict, explanations and the correct answer are shown; focus waits on the next step.
    const next = card.getByRole('button', { name: index === 0 ? 'Next question' : 'Finish' });
    await expect(next).toBeFocused();
    if (index === 0) expect((await axe(page).analyze()).violations).toEqual([]);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Session over' })).toBeFocused();
  await expect(page.getByText('You reviewed 2 questions and got 1 right.')).toBeVisible();

  await page.reload();
  await waitForHydration(page);
  await expect(reviewLink).toHaveText('Review (1)');
  await expect(page.getByRole('region', { name: 'Question 1 of 1' }).locator('legend')).toHaveText(asked[1]!);

  await page.getByRole('link', { name: 'My progress' }).first().click();
  const deck = page.getByRole('region', { name: 'Review deck' });
  await expect(deck.getByText('Due today').locator('..').getByRole('definition')).toHaveText('1');
  await expect(deck.getByText('Due in the next 7 days').locator('..').getByRole('definition')).toHaveText('2');
  await deck.getByText('Show the figures as a table').click();
  const rows = deck.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toHaveText('Today (and overdue)1');
  // The right one is scheduled on a later day of the forecast.
  await expect(rows.filter({ hasNotText: 'Today' }).filter({ hasText: /1$/ })).toHaveCount(1);
  expect((await axe(page).analyze()).violations).toEqual([]);
  expect(pageErrors).toEqual([]);
});
