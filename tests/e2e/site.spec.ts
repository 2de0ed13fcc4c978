/**
 * The whole site, page by page: every page in the built sitemap loads, has one h1, logs no
 * error and does not scroll sideways on a 320 px screen.
 */
import { test, expect, waitForHydration } from './fixtures';
import { pagesInSitemap } from './sitemap';

const pages = pagesInSitemap();

test('the sitemap lists the landing page, the course and its lessons', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/course/foundations');
  expect(pages.length).toBeGreaterThan(10);
});

for (const pagePath of pages) {
  test(`${pagePath} loads with one h1, no errors and no sideways scroll at 320 px`, async ({ page, pageErrors }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const response = await page.goto(pagePath);
    expect(response?.status()).toBe(200);
    await waitForHydration(page);
    await expect(page.locator('h1')).toHaveCount(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
    expect(pageErrors).toEqual([]);
  });
}

test('an unknown address answers 404 with the site’s own page', async ({ page }) => {
  const response = await page.goto('/course/no-such-lesson');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i);
});
