/**
 * The review deck, end to end: a learner misses two questions of a lesson quiz, the navbar then
 * says "Review (2)", the Review page asks both (answered by keyboard), one right and one wrong,
 * and after a reload the wrong one is due again while the right one waits for a later day, as
 * My progress shows.
 */
import { test, expect, waitForHydration, axe } from './fixtures';
import { LESSON, LESSON_TITLE } from './lesson-quiz';

const MUNRO = 'At its simplest, what does Bronte Munro say tech diplomacy means?';
const SOCIAL_MEDIA = 'True or false: tech diplomacy is essentially diplomats using social media.';

test('missed questions come back on the Review page and are rescheduled by the answers given there', async ({ page, pageErrors }) => {
  await page.goto(LESSON);
  await waitForHydration(page);
  const quiz = page.getByRole('region', { name: LESSON_TITLE });
  // Questions come in a shuffled order: find each by its prompt.
  await expect(quiz).toHaveAttribute('aria-busy', 'false');
  const q = (prompt: string) => quiz.getByRole('group', { name: prompt });
  // Two misses (Munro's definition, and social media), everything else right.
  await q('what does Bronte Munro say').getByRole('radio', { name: 'A new name for science diplomacy' }).check();
  const matches = {
    'Digital diplomacy': 'Using social media and data to conduct diplomacy',
    'Cyber diplomacy': 'Norms of state behaviour online, cybercrime and incident response',
    'Tech diplomacy': 'How critical technologies are developed, traded, governed and secured',
    Techplomacy: 'Denmark’s initiative with an ambassador accredited to the tech industry',
  };
  for (const [term, match] of Object.entries(matches)) {
    await q('Match each term').getByRole('combobox', { name: term, exact: true }).selectOption({ label: match });
  }
  await q(SOCIAL_MEDIA).getByRole('radio', { name: 'True' }).check();
  await q('first ambassador to the technology industry').getByRole('textbox').fill('Denmark');
  for (const name of ['Chips', '6G', 'Digital health']) await q('Which of these does Chiang list').getByRole('checkbox', { name }).check();
  await q('a new concept in international security').getByRole('radio', { name: /^That who leads in critical technologies/ }).check();
  await q('5G guidance of 23 August 2018').getByRole('radio', { name: /^it joined technical, business and security questions/ }).check();
  await quiz.getByRole('button', { name: 'Submit quiz' }).click();
  await expect(quiz.getByRole('status')).toHaveText(/^Score 5 of 7 \(71%\), passed$/);

  const reviewLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Review/ });
  await expect(reviewLink).toHaveText('Review (2)');
  await reviewLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review what you missed' })).toBeVisible();
  await expect(page.getByText('2 questions due for review.', { exact: false })).toBeVisible();

  // Both cards, by keyboard: the Munro question right, the social-media one wrong again.
  for (let n = 1; n <= 2; n++) {
    const card = page.getByRole('region', { name: `Question ${n} of 2` });
    const prompt = (await card.locator('legend').textContent()) ?? '';
    if (prompt === MUNRO) {
      await card.getByRole('radio', { name: 'Technological collaboration across sectors and between countries' }).press('Space');
    } else {
      expect(prompt).toBe(SOCIAL_MEDIA);
      await card.getByRole('radio', { name: 'True' }).press('Space');
    }
    await card.getByRole('button', { name: 'Check' }).press('Enter');
    const isRight = prompt === MUNRO;
    await expect(page.getByRole('status').last()).toHaveText(
      isRight ? /^correct\. Next review: .+ \((tomorrow|in \d+ days)\)\.$/ : /^incorrect\. It stays due/,
    );
    await expect(card.getByText(isRight ? 'Correct.' : 'Incorrect.')).toBeVisible();
    // Verdict, explanations and the correct answer are shown; focus waits on the next step.
    const next = card.getByRole('button', { name: n === 1 ? 'Next question' : 'Finish' });
    await expect(next).toBeFocused();
    if (n === 1) expect((await axe(page).analyze()).violations).toEqual([]);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Session over' })).toBeFocused();
  await expect(page.getByText('You reviewed 2 questions and got 1 right.')).toBeVisible();

  await page.reload();
  await waitForHydration(page);
  await expect(reviewLink).toHaveText('Review (1)');
  const again = page.getByRole('region', { name: 'Question 1 of 1' });
  await expect(again.locator('legend')).toHaveText(SOCIAL_MEDIA);

  await page.getByRole('link', { name: 'My progress' }).first().click();
  const deck = page.getByRole('region', { name: 'Review deck' });
  await expect(deck.getByRole('definition').first()).toHaveText('1'); // due today: the wrong one
  await expect(deck.getByText('Due in the next 7 days').locator('..').getByRole('definition')).toHaveText('2');
  await deck.getByText('Show the figures as a table').click();
  const rows = deck.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toContainText('Today (and overdue)1');
  // The right one is scheduled on a later day of the forecast.
  await expect(rows.filter({ hasNotText: 'Today' }).filter({ hasText: /1$/ })).toHaveCount(1);
  expect((await axe(page).analyze()).violations).toEqual([]);
  expect(pageErrors).toEqual([]);
});
