import { act, render, screen } from '@testing-library/react';
import Home from '@site/src/pages/index';
import { emptyProgress, PROGRESS_KEY, withVisit } from '@site/src/lib/progress';

/** Lets the progress store and the catalogue, both read after mount, arrive. */
async function renderHome(): Promise<void> {
  render(<Home />);
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

describe('landing page', () => {
  it('offers a clear way to start the course at module 1', async () => {
    await renderHome();
    expect(screen.getByRole('heading', { level: 1, name: 'Silicon Statecraft' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start the course' })).toHaveAttribute('href', '/course/foundations');
  });

  it('says who the course is for and how long it takes', async () => {
    await renderHome();
    expect(screen.getByRole('heading', { level: 2, name: 'Who it is for' })).toBeInTheDocument();
    expect(screen.getByText(/about 4 hours/)).toBeInTheDocument();
  });

  it('offers a returning learner the lesson to continue, with the catalogue loaded after mount', async () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(withVisit(emptyProgress(), 'semiconductors/how-chips-are-made', '2026-11-20T09:00:00.000Z')));
    await renderHome();
    expect(await screen.findByRole('link', { name: 'Continue where you left off: How chips are made' })).toHaveAttribute(
      'href',
      '/course/semiconductors/how-chips-are-made',
    );
  });
});
