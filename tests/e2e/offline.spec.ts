/**
 * A learner who has opened the course once keeps reading without a network: the service
 * worker precaches the build, and another lesson opens offline.
 */
import { test, expect, waitForHydration } from './fixtures';

test('after one visit, another lesson opens with the network off', async ({ page, context }) => {
  await page.goto('/course/foundations');
  await waitForHydration(page);
  // The service worker installs (precaching the build) and activates; a page loaded after that
  // is under its control.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await waitForHydration(page);
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  await context.setOffline(true);
  await page.goto('/course/semiconductors/chips-and-foreign-policy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/chips/i);
  await waitForHydration(page);
  await page.getByRole('link', { name: /next/i }).last().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(false);
});
