/**
 * Search, as a learner uses it: the navbar box (Ctrl/⌘+K, arrow keys, Enter), the results page,
 * what a first search costs on the network, and whether a key term finds the lesson that teaches
 * it. Runs against the production build and its Pagefind index (plugins/search-index).
 */
import type { Page } from '@playwright/test';
import { countFirstSearch, withoutServiceWorker } from '../../scripts/bench/first-search';
import { test, expect, waitForHydration, axe } from './fixtures';

const LESSON = '/course/semiconductors/export-controls-and-industrial-policy';

function searchBox(page: Page) {
  return page.getByRole('combobox', { name: 'Search the course' });
}

/** Types a query into the navbar box and waits for its suggestions. */
async function suggest(page: Page, query: string): Promise<string[]> {
  await searchBox(page).fill(query);
  await expect(page.getByRole('status').filter({ hasText: `results for “${query}”` })).toBeAttached();
  const options = page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option');
  return options.evaluateAll((items) => items.map((item) => item.querySelector('span')?.textContent ?? ''));
}

test('the first search, for "export controls", fetches at most 100 KB in all, and a suggestion opens with the keyboard', async ({ page }) => {
  await withoutServiceWorker(page);
  await page.goto('/course/foundations');
  await waitForHydration(page);

  const search = await countFirstSearch(page, 'export controls');
  test.info().annotations.push({
    type: 'first search',
    description: `${search.total} bytes: ${search.files.map((file) => `${file.path} ${file.bytes}`).join(', ')}`,
  });
  // The index entry, chunks and fragments, and Pagefind's code, all from this site.
  expect(search.files.map((file) => file.path)).toEqual(expect.arrayContaining(['/pagefind/pagefind-entry.json', '/pagefind/pagefind.js']));
  expect(search.outside).toEqual([]);
  expect(search.total).toBeLessThanOrEqual(100_000);
  expect(search.titles[0]).toBe('Export controls and industrial policy');

  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', /option-0$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Export controls and industrial policy');
});

test('a lesson’s key terms find the lesson that teaches them in the top three', async ({ page }) => {
  const lessons: Record<string, string> = {
    Wassenaar: 'Export controls and industrial policy',
    'Open RAN': 'Standards, Open RAN and 6G',
    Baruch: 'Science diplomacy since 1945',
    'friend-shoring': 'Why chips shape foreign policy',
    TechPlomacy: 'Engaging the private sector',
  };
  await page.goto('/');
  await waitForHydration(page);
  await searchBox(page).click();
  for (const [term, lesson] of Object.entries(lessons)) {
    const titles = await suggest(page, term);
    expect({ term, topThree: titles.slice(0, 3) }).toEqual({ term, topThree: expect.arrayContaining([lesson]) });
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`suggestions and the results page have no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await waitForHydration(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await searchBox(page).click();
    const titles = await suggest(page, 'Baruch');
    // A timeline event is a result of its own, shown with its date.
    expect(titles).toContain('The Baruch Plan for international control of atomic energy');
    await expect(page.getByRole('option', { name: /Timeline event · 14 June 1946/ })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    expect((await axe(page).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

    // The last suggestion (Up from the first) leads to the results page, with the query in its address.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=Baruch$/);
    await expect(page.getByRole('searchbox', { name: /Search lessons/ })).toHaveValue('Baruch');
    await expect(page.getByRole('status').filter({ hasText: 'results for “Baruch”' })).toBeVisible();
    const lesson = page.getByRole('link', { name: 'Science diplomacy since 1945' });
    await expect(lesson).toBeVisible();
    await expect(page.locator('mark').first()).toHaveText(/Baruch/);
    expect((await axe(page).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}
