/**
 * The course timeline page as a reader uses it: filter, share the filtered view, follow a deep
 * link to one event; accessible in both colour modes, and printable.
 */
import { test, expect, waitForHydration, axe } from './fixtures';

const TOTAL = /of 73 events|all 73 events/;

test('a filtered view lives in the URL: reloading or sharing it shows the same events', async ({ page, browser, pageErrors }) => {
  await page.goto('/timeline');
  await waitForHydration(page);
  await expect(page.getByRole('status')).toHaveText(TOTAL);

  await page.getByRole('button', { name: 'Semiconductors' }).click();
  await page.getByRole('searchbox', { name: 'Search events' }).fill('huawei');
  await expect(page.getByRole('status')).toHaveText('Showing 2 of 73 events.');
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    'US executive order on ICT supply chains; Huawei put on the Entity List',
    'The Foreign Direct Product Rule is extended to Huawei',
  ]);
  await expect(page).toHaveURL(/\/timeline\?category=semiconductors&q=huawei$/);

  await page.reload();
  await waitForHydration(page);
  await expect(page.getByRole('button', { name: 'Semiconductors' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('huawei');
  await expect(page.getByRole('status')).toHaveText('Showing 2 of 73 events.');

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
  await expect(page.getByRole('status')).toHaveText('Showing all 73 events.');
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
  const before = await list.boundingBox();
  await page.getByRole('button', { name: 'Space' }).click();
  await expect(page.getByRole('status')).toHaveText(/Showing \d+ of 73 events\./);
  expect((await list.boundingBox())?.y).toBe(before?.y);
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

test('prints the events without the filters', async ({ page }) => {
  await page.goto('/timeline');
  await waitForHydration(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('heading', { level: 3, name: 'CERN comes into being' })).toBeVisible();
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
      await expect(page.getByRole('status')).toHaveText(/Showing \d+ of 73 events\./);
      expect((await axe(page).analyze()).violations).toEqual([]);

      await page.getByRole('searchbox', { name: 'Search events' }).fill('zzz');
      await expect(page.getByRole('status')).toHaveText('No events match these filters.');
      expect((await axe(page).analyze()).violations).toEqual([]);
    });
  });
}
