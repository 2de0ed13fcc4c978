/**
 * Keyboard, zoom, motion and print: the course works for a reader without a mouse, at 200 %
 * zoom, with reduced motion, and on paper.
 */
import demo from '../../docs/demo-quiz.quiz';
import { questionGroup, drawnFor, seedLearner, waitForAttempt } from './answers';
import { test, expect, waitForHydration } from './fixtures';

const LESSON = '/course/semiconductors/export-controls-and-industrial-policy';

test('the skip link is the first stop and moves focus to the lesson', async ({ page }) => {
  await page.goto(LESSON);
  await waitForHydration(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /skip to main content/i });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  // The skip link moves the focus starting point: the next Tab stop is inside the lesson's
  // main content, past the navbar and the sidebar.
  await page.keyboard.press('Tab');
  const nextStopIsInMain = await page.evaluate(() => {
    const main = document.querySelector('main');
    return Boolean(main && document.activeElement && document.activeElement !== main && main.contains(document.activeElement));
  });
  expect(nextStopIsInMain).toBe(true);
});

for (const pagePath of ['/', LESSON, '/timeline']) {
  test(`every control on ${pagePath} is reachable by Tab and shows a visible focus indicator`, async ({ page }) => {
    await page.goto(pagePath);
    await waitForHydration(page);
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const hasShadow = style.boxShadow !== 'none';
        return { key: `${el.tagName}:${el.textContent?.trim().slice(0, 40)}:${el.getAttribute('href') ?? ''}`, visible: hasOutline || hasShadow };
      });
      if (!focus) continue;
      expect({ element: focus.key, visibleFocus: focus.visible }).toEqual({ element: focus.key, visibleFocus: true });
      seen.add(focus.key);
    }
    expect(seen.size).toBeGreaterThan(5);
  });
}

for (const pagePath of ['/', LESSON, '/timeline', '/course/glossary']) {
  test(`${pagePath} reflows at 200 % zoom without sideways scrolling`, async ({ page }) => {
    // 200 % zoom of a 1280 px window leaves 640 CSS px.
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto(pagePath);
    await waitForHydration(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('transitions and animations are switched off', async ({ page }) => {
    await page.goto(LESSON);
    await waitForHydration(page);
    const durations = await page.evaluate(() =>
      [...document.querySelectorAll('a, button, .menu__link, .navbar')].slice(0, 50).map((el) => {
        const style = getComputedStyle(el);
        return Math.max(...`${style.transitionDuration},${style.animationDuration}`.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000)));
      }),
    );
    expect(Math.max(...durations)).toBeLessThanOrEqual(0.01);
  });
});

test('a lesson prints without navigation chrome', async ({ page }) => {
  await page.goto(LESSON);
  await waitForHydration(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.navbar')).toBeHidden();
  await expect(page.locator('.theme-doc-sidebar-container')).toBeHidden();
  await expect(page.locator('.pagination-nav')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a quiz prints its questions but no answers, hints or explanations until the learner reveals them', async ({ page }) => {
  await seedLearner(page, 'print1');
  await page.goto('/course/demo-quiz');
  await waitForHydration(page);
  const quiz = page.getByRole('region', { name: /Quiz demonstration/ });
  await waitForAttempt(quiz);
  const drawn = drawnFor(demo, 'print1');
  const position = drawn.findIndex((question) => question.type === 'single');
  const single = drawn[position]!;
  if (single.type !== 'single') throw new Error('the demonstration quiz always draws a single-choice question');
  const right = single.options.find((option) => option.correct)!;
  const other = drawn.find((question) => question !== single && question.explanation)!;
  const group = questionGroup(quiz, position + 1, 7, single.prompt);
  // The right option's explanation, the question's explanation and hint, another question's explanation.
  const revealing = [right.explanation!, single.explanation!, ...(single.hint ? [single.hint] : []), other.explanation!];

  await page.emulateMedia({ media: 'print' });
  await expect(group.getByRole('radio', { name: right.text, exact: true })).toBeVisible();
  for (const button of await quiz.getByRole('button').all()) await expect(button).toBeHidden();
  for (const text of revealing) await expect(page.getByText(text, { exact: true })).toBeHidden();

  // The learner answers and checks that question: its feedback prints; the rest stays hidden.
  await page.emulateMedia({ media: 'screen' });
  await group.getByRole('radio', { name: right.text, exact: true }).check();
  await group.getByRole('button', { name: 'Check' }).click();
  await expect(quiz.getByRole('status')).toHaveText(`Question ${position + 1}: correct`);
  await page.emulateMedia({ media: 'print' });
  await expect(group.getByText(right.explanation!)).toBeVisible();
  for (const text of revealing.slice(1)) await expect(page.getByText(text, { exact: true })).toBeHidden();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the menu button opens the course menu, which lists the lessons and navigates', async ({ page }) => {
    await page.goto(LESSON);
    await waitForHydration(page);
    await page.getByRole('button', { name: /toggle navigation bar/i }).click();
    const menu = page.locator('.navbar-sidebar');
    const lesson = menu.getByRole('link', { name: 'Why chips shape foreign policy' });
    await expect(lesson).toBeVisible();
    await lesson.click();
    await expect(page).toHaveURL(/\/course\/semiconductors\/chips-and-foreign-policy$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/chips/i);
  });
});
