/**
 * A learner who has opened the course once keeps reading without a network: the service
 * worker precaches the build, and another lesson opens offline; what they searched for online
 * they can search for again.
 */
import { test, expect, reloadUnderServiceWorker, waitForHydration } from './fixtures';

test('after one visit, another lesson opens with the network off', async ({ page, context }) => {
  await page.goto('/course/foundations');
  await waitForHydration(page);
  await reloadUnderServiceWorker(page);

  await context.setOffline(true);
  await page.goto('/course/semiconductors/chips-and-foreign-policy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/chips/i);
  await waitForHydration(page);
  await page.getByRole('link', { name: /next/i }).last().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(false);
});

test('a search made online works again offline', async ({ page, context }) => {
  await page.goto('/course/foundations');
  await waitForHydration(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker takes over the open page when it activates, so this search already passes
  // through it and is kept.
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  const box = page.getByRole('combobox', { name: 'Search the course' });
  await box.fill('Wassenaar');
  await expect(page.getByRole('option', { name: /Export controls and industrial policy/ })).toBeVisible();

  await context.setOffline(true);
  await page.goto('/course/glossary');
  await waitForHydration(page);
  await box.fill('Wassenaar');
  await expect(page.getByRole('option', { name: /Export controls and industrial policy/ })).toBeVisible();
  await page.getByRole('option', { name: /Export controls and industrial policy/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Export controls and industrial policy');
  await context.setOffline(false);
});
