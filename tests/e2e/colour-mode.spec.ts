import { test, expect, waitForHydration } from './fixtures';

test.describe('colour mode', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system preference, and the chosen mode survives a reload', async ({ page, pageErrors }) => {
    await page.goto('/course/foundations');
    await waitForHydration(page);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'dark');

    // The toggle cycles system → light → dark; click until light mode is chosen.
    const toggle = page.getByRole('button', { name: /dark mode|light mode|system mode/i });
    for (let i = 0; i < 3 && (await html.getAttribute('data-theme')) !== 'light'; i++) {
      await toggle.click();
    }
    await expect(html).toHaveAttribute('data-theme', 'light');

    await page.reload();
    await waitForHydration(page);
    await expect(html).toHaveAttribute('data-theme', 'light');
    expect(pageErrors).toEqual([]);
  });
});
