import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SearchBar from '@site/src/theme/SearchBar';
import { searchCourse } from '@site/src/search/engine';
import type { SearchHit } from '@site/src/search/hits';

jest.mock('@site/src/search/engine', () => ({ searchCourse: jest.fn(), loadPagefind: jest.fn(async () => ({})) }));
const search = searchCourse as jest.MockedFunction<typeof searchCourse>;

const hit = (title: string, route: string, kind: SearchHit['kind'] = 'lesson'): SearchHit => ({
  kind,
  title,
  route,
  excerpt: [
    { text: 'the ', isMatch: false },
    { text: 'Wassenaar', isMatch: true },
    { text: ' Arrangement <b>is</b> voluntary', isMatch: false },
  ],
  sections: [],
});

const HITS = [
  hit('Allies and partners', '/course/building-capacity/allies-and-partners'),
  hit('Export controls and industrial policy', '/course/semiconductors/export-controls-and-industrial-policy'),
  hit('Wassenaar Arrangement', '/course/glossary#wassenaar-arrangement', 'glossary'),
];

beforeEach(() => {
  window.history.replaceState(null, '', '/course/foundations');
  search.mockReset();
  search.mockResolvedValue({ hits: HITS, total: 9 });
});

async function typeQuery(text: string) {
  const user = userEvent.setup();
  render(<SearchBar />);
  const box = screen.getByRole('combobox', { name: 'Search the course' });
  await user.click(box);
  await user.keyboard(text);
  await screen.findByRole('listbox', { name: 'Search suggestions' });
  return { user, box };
}

describe('the search box', () => {
  it('suggests results as you type, moves through them with the arrow keys and opens the chosen one with Enter', async () => {
    const { user, box } = await typeQuery('Wassenaar');
    expect(search).toHaveBeenLastCalledWith('/pagefind/pagefind.js', 'Wassenaar', 4);
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.querySelector('span')?.textContent)).toEqual([
      'Allies and partners',
      'Export controls and industrial policy',
      'Wassenaar Arrangement',
      'See all results for “Wassenaar”',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('9 results for “Wassenaar”.');

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(box).toHaveAttribute('aria-activedescendant', options[3]!.id);
    // Down from the last option wraps to the first.
    await user.keyboard('{ArrowDown}{Enter}');
    expect(window.location.pathname).toBe('/course/building-capacity/allies-and-partners');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('opens the results page with Enter when no suggestion is chosen', async () => {
    const { user } = await typeQuery('export controls');
    await user.keyboard('{Enter}');
    expect(`${window.location.pathname}${window.location.search}`).toBe('/search?q=export+controls');
  });

  it('shows what is a glossary term, and renders excerpts as text with the matches marked', async () => {
    await typeQuery('Wassenaar');
    const term = screen.getAllByRole('option')[2]!;
    expect(term).toHaveTextContent('Glossary term');
    expect(term.querySelector('mark')).toHaveTextContent('Wassenaar');
    expect(term).toHaveTextContent('Arrangement <b>is</b> voluntary');
    expect(term.querySelector('b')).toBeNull();
  });

  it('closes the suggestions with Escape, and takes Ctrl+K from anywhere to come back', async () => {
    const { user, box } = await typeQuery('Wassenaar');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(box).toHaveAttribute('aria-expanded', 'false');
    act(() => box.blur());
    expect(box).not.toHaveFocus();
    await user.keyboard('{Control>}k{/Control}');
    expect(box).toHaveFocus();
  });

  it('says so when search cannot load', async () => {
    search.mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
    const user = userEvent.setup();
    render(<SearchBar />);
    await user.click(screen.getByRole('combobox', { name: 'Search the course' }));
    await user.keyboard('Wassenaar');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Search could not load.'));
  });
});
