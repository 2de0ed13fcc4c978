/**
 * axe (WCAG 2.2 A and AA rules) on every page of the built sitemap, in light and in dark mode.
 * Zero violations allowed; a failure lists each rule with the elements it found.
 */
import { test, expect, waitForHydration, axe } from './fixtures';
import { pagesInSitemap } from './sitemap';

const pages = pagesInSitemap();

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const pagePath of pages) {
      test(`${pagePath} has no accessibility violations`, async ({ page }) => {
        await page.goto(pagePath);
        await waitForHydration(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        const { violations } = await axe(page).analyze();
        const found = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(found).toEqual([]);
      });
    }
  });
}
