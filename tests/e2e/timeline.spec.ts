/**
 * The course timeline page as a reader uses it: filter, share the filtered view, follow a deep
 * link to one event; accessible in both colour modes, and printable.
 */
import type { Page } from '@playwright/test';
import { test, expect, waitForHydration, axe } from './fixtures';
import { timelineEvents } from '../../src/data/timeline';

const EVENTS = timelineEvents.length;
const TOTAL = new RegExp(`of ${EVENTS} events|all ${EVENTS} events`);
const CHART = { name: new RegExp(`^Chart of the timeline: ${EVENTS} events, 1946–2024`) } as const;

/**
 * Moves the mouse onto an event's mark, with the chart scrolled clear of the sticky navbar.
 * (Playwright's own hover() waits for a box, and a dot drawn as a zero-length line has none.)
 */
async function pointAt(page: Page, id: string): Promise<void> {
  await page.getByRole('img', CHART).evaluate((chart) => chart.scrollIntoView({ block: 'center' }));
  // Marks are drawn in the list's order: an event's mark is at its place in the list.
  const index = await page.locator('ol > li[id]').evaluateAll((items, id) => items.findIndex((item) => item.id === id), id);
  const mark = (await page.locator('[data-marks] > line').nth(index).boundingBox())!;
  await page.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2);
}

/** The chart spans the axis 1945 to the end of 2024: the x (in page px) of a year with a fraction. */
async function xOfYear(page: Page, year: number): Promise<number> {
  const box = (await page.getByRole('img', CHART).boundingBox())!;
  return box.x + (box.width * (year - 1945)) / 80;
}

test('a filtered view lives in the URL: reloading or sharing it shows the same events', async ({ page, browser, pageErrors }) => {
  await page.goto('/timeline');
  await waitForHydration(page);
  await expect(page.getByRole('status')).toHaveText(TOTAL);

  await page.getByRole('button', { name: 'Semiconductors' }).click();
  await page.getByRole('searchbox', { name: 'Search events' }).fill('huawei');
  await expect(page.getByRole('status')).toHaveText(`Showing 2 of ${EVENTS} events.`);
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    'US executive order on ICT supply chains; Huawei put on the Entity List',
    'The Foreign Direct Product Rule is extended to Huawei',
  ]);
  await expect(page).toHaveURL(/\/timeline\?category=semiconductors&q=huawei$/);

  await page.reload();
  await waitForHydration(page);
  await expect(page.getByRole('button', { name: 'Semiconductors' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('huawei');
  await expect(page.getByRole('status')).toHaveText(`Showing 2 of ${EVENTS} events.`);

  // The same link opened by someone else, in a fresh browser context.
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(page.url());
  await waitForHydration(other);
  await expect(other.getByRole('heading', { level: 3 })).toHaveCount(2);
  await context.close();
  expect(pageErrors).toEqual([]);
});

test('an empty result says so and the filters can be cleared from the keyboard', async ({ page, pageErrors }) => {
  await page.goto('/timeline?category=space&q=huawei');
  await waitForHydration(page);
  await expect(page.getByRole('status')).toHaveText('No events match these filters.');
  await page.getByRole('button', { name: 'Clear filters' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(`Showing all ${EVENTS} events.`);
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeFocused();
  expect(pageErrors).toEqual([]);
});

test('a deep link to an event scrolls it into view', async ({ page, pageErrors }) => {
  await page.goto('/timeline#rapidus-launched');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 3, name: 'Japan launches Rapidus' })).toBeInViewport();
  await expect(page.getByRole('heading', { level: 3, name: 'The Baruch Plan for international control of atomic energy' })).not.toBeInViewport();
  expect(pageErrors).toEqual([]);
});

test('filtering does not shift the page: controls are pre-rendered and events are hidden in place', async ({ page }) => {
  await page.goto('/timeline');
  await waitForHydration(page);
  const list = page.locator('ol').filter({ has: page.getByRole('heading', { level: 3 }) });
  // Measured in the document, not the viewport: clicking a button below the fold scrolls to it.
  const top = () => list.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
  const before = await top();
  await page.getByRole('button', { name: 'Space' }).click();
  await expect(page.getByRole('status')).toHaveText(new RegExp(`Showing \\d+ of ${EVENTS} events\\.`));
  expect(await top()).toBe(before);
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((entries) => {
          resolve(
            entries
              .getEntries()
              .filter((entry) => !(entry as unknown as { hadRecentInput: boolean }).hadRecentInput)
              .reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0),
          );
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 500);
      }),
  );
  expect(shift, 'cumulative layout shift').toBeLessThan(0.01);
});

test('prints the overview and the events without the filters', async ({ page }) => {
  await page.goto('/timeline');
  await waitForHydration(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('img', CHART)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'CERN comes into being' })).toBeVisible();
});

test('the overview chart is in the HTML before any script runs, with one mark per event of the list', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/timeline');
  const chart = page.getByRole('img', CHART);
  await expect(chart).toBeVisible();
  // One mark per event, in the list's order: each within its own event's year on the 1945–2024 axis.
  const markYears = await chart
    .locator('[data-marks] > line')
    .evaluateAll((marks) => marks.map((mark) => 1945 + (parseFloat(mark.getAttribute('x1')!) / 100) * 80));
  const itemYears = await page
    .locator('ol > li[id]')
    .evaluateAll((items) => items.map((item) => Number(item.querySelector('time')!.getAttribute('datetime')!.slice(0, 4))));
  expect(markYears).toHaveLength(EVENTS);
  expect(itemYears).toHaveLength(EVENTS);
  markYears.forEach((drawn, index) => expect(Math.abs(drawn - (itemYears[index]! + 0.5)), `mark ${index}`).toBeLessThanOrEqual(0.51));
  await context.close();
});

test('dragging across the chart chooses a period: the list, the year inputs and the URL follow', async ({ page, pageErrors }) => {
  await page.goto('/timeline');
  await waitForHydration(page);
  const chart = page.getByRole('img', CHART);
  const box = (await chart.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(await xOfYear(page, 1980.5), y);
  await page.mouse.down();
  await page.mouse.move(await xOfYear(page, 1999.5), y, { steps: 5 });
  await page.mouse.up();

  await expect(page.getByRole('spinbutton', { name: 'From year' })).toHaveValue('1980');
  await expect(page.getByRole('spinbutton', { name: 'To year' })).toHaveValue('1999');
  await expect(page).toHaveURL(/\/timeline\?from=1980&to=1999$/);
  await expect(page.getByRole('status')).toHaveText(`Showing 10 of ${EVENTS} events.`);
  const titles = page.getByRole('heading', { level: 3 });
  await expect(titles.first()).toHaveText('The US–Japan Semiconductor Agreement');
  await expect(titles.last()).toHaveText('National Research Council report on science in foreign policy');
  await expect(chart).toHaveAccessibleName(new RegExp(`10 of ${EVENTS} events match the filters.*Highlighted: 1980 to 1999\\.`));
  expect(pageErrors).toEqual([]);
});

test('pointing at a mark names its event; clicking it moves focus to the event in the list', async ({ page, pageErrors }) => {
  await page.goto('/timeline');
  await waitForHydration(page);
  await pointAt(page, 'sputnik-1');
  const figure = page.getByRole('figure');
  await expect(figure.getByText('Sputnik 1, the first artificial satellite')).toBeVisible();
  await expect(figure.getByText('4 October 1957')).toBeVisible();

  await page.mouse.down();
  await page.mouse.up();
  const item = page.locator('li#sputnik-1');
  await expect(item).toBeFocused();
  await expect(item).toBeInViewport();
  expect(pageErrors).toEqual([]);
});

test('at 320 px the chart fits the screen and its labels neither overlap nor leave it', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/timeline');
  await waitForHydration(page);
  const chart = page.getByRole('img', CHART);
  await expect(chart).toBeVisible();
  const { overflow, problems } = await chart.evaluate((svg) => {
    const outer = svg.getBoundingClientRect();
    const labels = [...svg.querySelectorAll('text')]
      .map((text) => ({ text: text.textContent, box: text.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0);
    const found: string[] = [];
    labels.forEach(({ text, box }, i) => {
      if (box.left < outer.left - 0.5 || box.right > outer.right + 0.5) found.push(`"${text}" leaves the chart`);
      for (const other of labels.slice(i + 1)) {
        const b = other.box;
        if (box.left < b.right && b.left < box.right && box.top < b.bottom && b.top < box.bottom) found.push(`"${text}" overlaps "${other.text}"`);
      }
    });
    return { overflow: document.documentElement.scrollWidth - window.innerWidth, problems: found };
  });
  expect(problems).toEqual([]);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('has no axe violations, unfiltered, filtered and empty', async ({ page }) => {
      await page.goto('/timeline');
      await waitForHydration(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      expect((await axe(page).analyze()).violations).toEqual([]);

      await page.getByRole('button', { name: 'Values and governance' }).click();
      await page.getByRole('spinbutton', { name: 'From year' }).fill('2020');
      await expect(page.getByRole('status')).toHaveText(new RegExp(`Showing \\d+ of ${EVENTS} events\\.`));

      // The chart with a period highlighted, faded marks and a mark's label showing.
      await pointAt(page, 'eu-ai-act');
      await expect(page.getByRole('figure').getByText('The EU Artificial Intelligence Act enters into force')).toBeVisible();
      expect((await axe(page).analyze()).violations).toEqual([]);

      await page.getByRole('searchbox', { name: 'Search events' }).fill('zzz');
      await expect(page.getByRole('status')).toHaveText('No events match these filters.');
      expect((await axe(page).analyze()).violations).toEqual([]);
    });
  });
}
