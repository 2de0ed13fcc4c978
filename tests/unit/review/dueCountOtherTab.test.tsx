/**
 * A newcomer's review count (see dueCountLoading.test.tsx) starts counting when another tab saves
 * progress, and loads the store right away for a learner with saved progress.
 */
import { act, render, screen } from '@testing-library/react';
import { useDueCount } from '@site/src/lib/review/useDueCount';
import { emptyProgress, PROGRESS_KEY } from '@site/src/lib/progress';
import { withCard } from '@site/src/review/deck';
import { rateCard } from '@site/src/review/scheduler';

const mockRuntimeLoaded = jest.fn();
jest.mock('@site/src/lib/progress/runtime', () => {
  mockRuntimeLoaded();
  return jest.requireActual('@site/src/lib/progress/runtime');
});

function DueCount() {
  const count = useDueCount();
  return <p>{count === null ? 'not counted' : `${count} due`}</p>;
}

function progressWithDueCard() {
  const now = Date.now();
  const review = withCard(undefined, { quizId: 'made', questionId: 'q1' }, 'h1', rateCard(null, 'again', now - 60_000), now);
  return { ...emptyProgress(), review };
}

it('starts counting when another tab saves progress', async () => {
  render(<DueCount />);
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  expect(mockRuntimeLoaded).not.toHaveBeenCalled();

  localStorage.setItem(PROGRESS_KEY, JSON.stringify(progressWithDueCard()));
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }));
  });
  expect(await screen.findByText('1 due')).toBeInTheDocument();
  expect(mockRuntimeLoaded).toHaveBeenCalledTimes(1);
});
