import { test, expect, waitForHydration } from './fixtures';

test('searching a word from a lesson finds that lesson, with no external service', async ({ page, pageErrors }) => {
  const external: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(process.env.E2E_BASE_URL!)) external.push(request.url());
  });
  await page.goto('/');
  await waitForHydration(page);
  const search = page.getByRole('textbox', { name: 'Search' });
  await search.click();
  await search.fill('Wassenaar');
  const suggestion = page.getByRole('option').filter({ hasText: /export controls/i }).first();
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page).toHaveURL(/\/course\/semiconductors\/export-controls-and-industrial-policy/);
  expect(external).toEqual([]);
  expect(pageErrors).toEqual([]);
});
