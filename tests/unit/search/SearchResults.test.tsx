import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SearchResults from '@site/src/components/SearchResults';
import { searchCourse } from '@site/src/search/engine';
import type { SearchHit } from '@site/src/search/hits';

jest.mock('@site/src/search/engine', () => ({ searchCourse: jest.fn(), loadPagefind: jest.fn(async () => ({})) }));
const search = searchCourse as jest.MockedFunction<typeof searchCourse>;

const lesson = (n: number): SearchHit => ({
  kind: 'lesson',
  title: `Lesson ${n}`,
  route: `/course/lesson-${n}`,
  excerpt: [{ text: `excerpt ${n}`, isMatch: false }],
  sections: [{ title: `Section of ${n}`, route: `/course/lesson-${n}#section`, excerpt: [{ text: 'Wassenaar', isMatch: true }] }],
});

beforeEach(() => {
  search.mockReset();
  search.mockImplementation(async (_url, _query, limit) => ({
    hits: Array.from({ length: Math.min(limit, 12) }, (_, index) => lesson(index + 1)),
    total: 12,
  }));
});

describe('the search results page', () => {
  it('searches for the query in the address, listing results with their matching sections', async () => {
    window.history.replaceState(null, '', '/search?q=Wassenaar');
    render(<SearchResults />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('12 results for “Wassenaar”.'));
    expect(screen.getByRole('searchbox', { name: 'Search lessons, glossary terms and timeline events' })).toHaveValue('Wassenaar');
    const first = screen.getAllByRole('listitem')[0]!;
    expect(within(first).getByRole('link', { name: 'Lesson 1' })).toHaveAttribute('href', '/course/lesson-1');
    expect(within(first).getByRole('link', { name: 'Section of 1' })).toHaveAttribute('href', '/course/lesson-1#section');
  });

  it('keeps the address in step with the query, and shows ten more results on request, focusing the first new one', async () => {
    window.history.replaceState(null, '', '/search');
    const user = userEvent.setup();
    render(<SearchResults />);
    await user.type(screen.getByRole('searchbox'), 'export controls');
    expect(window.location.search).toBe('?q=export+controls');
    expect(await screen.findByRole('link', { name: 'Lesson 10' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Lesson 11' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show more results' }));
    expect(await screen.findByRole('link', { name: 'Lesson 11' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Show more results' })).not.toBeInTheDocument();
  });
});
