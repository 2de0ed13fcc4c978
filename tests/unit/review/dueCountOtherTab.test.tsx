/**
 * A newcomer's review count (see dueCountLoading.test.tsx) starts counting when another tab saves
 * progress. (With progress already saved it counts at once: ProgressPage.test.tsx, "Review 2 due
 * questions".)
 */
import { act, render, screen } from '@testing-library/react';
import { PROGRESS_KEY } from '@site/src/lib/progress';
import { DueCount, progressWithDueCard, settle } from '@site/tests/support/dueCount';

const mockRuntimeLoaded = jest.fn();
jest.mock('@site/src/lib/progress/runtime', () => {
  mockRuntimeLoaded();
  return jest.requireActual('@site/src/lib/progress/runtime');
});

it('starts counting when another tab saves progress', async () => {
  render(<DueCount />);
  await settle();
  expect(mockRuntimeLoaded).not.toHaveBeenCalled();

  localStorage.setItem(PROGRESS_KEY, JSON.stringify(progressWithDueCard()));
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }));
  });
  expect(await screen.findByText('1 due')).toBeInTheDocument();
  expect(mockRuntimeLoaded).toHaveBeenCalledTimes(1);
});
