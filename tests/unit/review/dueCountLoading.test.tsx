/**
 * The navbar's review count is on every page, but a newcomer has nothing to count: for them it
 * must not load the progress store and its validator (a long task on a phone, on pages such as
 * the timeline that never read progress). It must still count once there is something: saved by
 * this page (the first quiz answered) or by another tab.
 */
import { act, render, screen } from '@testing-library/react';
import { loadProgressRuntime, PROGRESS_KEY } from '@site/src/lib/progress';
import { DueCount, progressWithDueCard, settle } from '@site/tests/support/dueCount';

const mockRuntimeLoaded = jest.fn();
jest.mock('@site/src/lib/progress/runtime', () => {
  mockRuntimeLoaded();
  return jest.requireActual('@site/src/lib/progress/runtime');
});

it('loads nothing for a newcomer, and counts once this page saves progress', async () => {
  render(<DueCount />);
  await settle();
  expect(screen.getByText('not counted')).toBeInTheDocument();
  expect(mockRuntimeLoaded).not.toHaveBeenCalled();

  // The learner misses a question in a quiz on this page: the quiz loads the store and saves.
  const { progressStore } = await act(() => loadProgressRuntime());
  act(() => progressStore.update(() => progressWithDueCard()));
  expect(await screen.findByText('1 due')).toBeInTheDocument();
  expect(mockRuntimeLoaded).toHaveBeenCalledTimes(1);
  expect(localStorage.getItem(PROGRESS_KEY)).not.toBeNull();
});
