import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ProgressOverview from '@site/src/components/ProgressOverview';
import ProgressTransfer from '@site/src/components/ProgressTransfer';
import ProgressNotice from '@site/src/components/ProgressNotice';
import ResumeLink from '@site/src/components/ResumeLink';
import { freshProgressStore } from '@site/tests/support/progressStore';
import { createProgressStore, emptyProgress, loadProgressRuntime, PROGRESS_KEY, withVisit } from '@site/src/lib/progress';
import { withCard } from '@site/src/review/deck';
import { rateCard } from '@site/src/review/scheduler';
import { attempt, catalogue, someProgress } from './progressFixtures';

afterEach(() => {
  jest.restoreAllMocks();
});

function rowOf(tableName: string, rowName: string): HTMLElement {
  const table = screen.getByRole('table', { name: tableName });
  return within(table).getByRole('rowheader', { name: rowName }).closest('tr')!;
}

describe('My progress', () => {
  it('lists each module’s lessons with their status and best score', () => {
    render(<ProgressOverview progress={someProgress()} catalogue={catalogue} />);
    expect(rowOf('Chips', 'How chips are made')).toHaveTextContent(/Completed.*90%, passed/);
    expect(rowOf('Chips', 'Chips and policy')).toHaveTextContent(/In progress.*No attempt yet/);
    expect(rowOf('Chips', 'Checkpoint: chips')).toHaveTextContent(/In progress.*40%, not passed/);
    expect(rowOf('Networks', 'What 5G is')).toHaveTextContent(/Not started/);
  });

  it('shows overall completion, the last activity and where to continue', () => {
    render(<ProgressOverview progress={someProgress()} catalogue={catalogue} />);
    expect(screen.getByRole('progressbar', { name: 'Course completion: 33% (1 of 3 lessons completed)' })).toHaveAttribute('value', '33');
    expect(screen.getByText(/^Last activity: .*20.*2026/)).toBeInTheDocument();
    // The last activity was the checkpoint (no lesson); lesson 2 is the first not completed.
    expect(screen.getByRole('link', { name: 'Continue where you left off: Chips and policy' })).toHaveAttribute('href', '/course/chips/policy');
  });

  it('continues with the lesson after the last one worked on once that one is completed', () => {
    let progress = withVisit(emptyProgress(), 'chips/policy', '2026-11-20T09:00:00.000Z');
    progress = { ...progress, quizzes: {}, lessons: { ...progress.lessons, 'chips/policy': { visitedAt: '2026-11-20T09:00:00.000Z', completedAt: '2026-11-20T09:30:00.000Z' } } };
    render(<ProgressOverview progress={progress} catalogue={catalogue} />);
    expect(screen.getByRole('link', { name: /^Continue where you left off/ })).toHaveAttribute('href', '/course/networks/5g');
  });

  it('says when nothing was done yet', () => {
    render(<ProgressOverview progress={emptyProgress()} catalogue={catalogue} />);
    expect(screen.getByText('You have not started the course yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Continue where you left off: How chips are made' })).toBeInTheDocument();
  });
});

describe('moving and resetting progress', () => {
  function file(name: string, text: string): File {
    return new File([text], name, { type: 'application/json' });
  }

  it('imports a file by merging it: best score and latest attempt kept', async () => {
    const user = userEvent.setup();
    const store = createProgressStore(() => localStorage);
    store.update(() => someProgress());
    const other = { ...emptyProgress(), quizzes: { made: { contentHash: 'h1', latest: attempt('made', 50, '2026-11-21T10:00:00.000Z'), best: attempt('made', 50), attempts: 3 } } };
    render(<ProgressTransfer progress={store.getSnapshot().progress} store={store} />);
    await user.upload(screen.getByLabelText('Import progress from a file'), file('laptop.json', JSON.stringify(other)));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Imported “laptop.json” and merged it with your progress here (lessons in the file: 0; quizzes: 1).'),
    );
    const made = store.getSnapshot().progress.quizzes.made!;
    expect(made.best.percent).toBe(90);
    expect(made.latest.percent).toBe(50);
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it.each([
    ['not JSON', '<img src=x onerror=alert(1)>', /is not a progress file \(it is not JSON\)\. Nothing was changed\./],
    ['the wrong shape', JSON.stringify({ version: 2, lessons: { a: { visitedAt: '<script>' } }, quizzes: {}, lastActivity: null }), /not a valid Silicon Statecraft progress file/],
  ])('rejects a file that is %s with an alert and changes nothing', async (_, text, message) => {
    const user = userEvent.setup();
    const store = createProgressStore(() => localStorage);
    store.update(() => someProgress());
    const before = localStorage.getItem(PROGRESS_KEY);
    render(<ProgressTransfer progress={store.getSnapshot().progress} store={store} />);
    await user.upload(screen.getByLabelText('Import progress from a file'), file('<b>bad</b>.json', text));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(message));
    expect(screen.getByRole('alert')).toHaveTextContent('“<b>bad</b>.json”');
    expect(localStorage.getItem(PROGRESS_KEY)).toBe(before);
  });

  it('exports the progress as a JSON file', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (created.push(blob), 'blob:progress'), revokeObjectURL: () => {} });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^silicon-statecraft-progress-\d{4}-\d{2}-\d{2}\.json$/);
    });
    const progress = someProgress();
    render(<ProgressTransfer progress={progress} store={createProgressStore(() => localStorage)} />);
    await user.click(screen.getByRole('button', { name: 'Export progress' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(JSON.parse(await created[0]!.text())).toEqual(progress);
  });

  it('resets only after the in-page confirmation, and cancel keeps everything', async () => {
    const user = userEvent.setup();
    const store = createProgressStore(() => localStorage);
    store.update(() => someProgress());
    render(<ProgressTransfer progress={store.getSnapshot().progress} store={store} />);
    await user.click(screen.getByRole('button', { name: 'Reset progress' }));
    const confirm = screen.getByRole('group', { name: /Delete all your progress in this browser\?/ });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(localStorage.getItem(PROGRESS_KEY)).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reset progress' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset my progress' }));
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
    expect(store.getSnapshot().progress).toEqual(emptyProgress());
    expect(screen.getByRole('status')).toHaveTextContent('Your progress was reset.');
  });
});

describe('the storage notice', () => {
  it('is silent while progress is saved, and says so when storage cannot be written', async () => {
    const { unmount } = render(<ProgressNotice />);
    await act(() => loadProgressRuntime());
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    unmount();
    freshProgressStore();
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    render(<ProgressNotice />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('your progress will not be saved'));
  });
});

describe('saved data this version cannot use', () => {
  it('says on My progress that unreadable saved data was set aside, and offers it as a download', async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => {});
    const user = userEvent.setup();
    const created: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (created.push(blob), 'blob:set-aside'), revokeObjectURL: () => {} });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ ...emptyProgress(), quizzes: { made: { latest: 'garbled' } } }));
    render(<ProgressNotice offerSetAside />);
    expect(await screen.findByText(/Some of your saved progress could not be read, so it was set aside \(1 entry\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download the set-aside data' }));
    expect(JSON.parse(await created[0]!.text())).toEqual([{ where: `${PROGRESS_KEY}.quizzes.made`, value: { latest: 'garbled' } }]);
  });

  it('asks the learner to reload when a newer version of the course saved the progress', async () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ ...emptyProgress(), version: 3 }));
    render(<ProgressNotice />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('saved by a newer version of this course. Reload the page'));
  });
});

describe('continue link on the landing page', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { renderToString } = require('react-dom/server') as { renderToString: (node: React.ReactNode) => string };

  it('appears after mount when there is progress, and not in the server HTML', () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(someProgress()));
    expect(renderToString(<ResumeLink catalogue={catalogue} />)).not.toContain('Continue');
    render(<ResumeLink catalogue={catalogue} />);
    expect(screen.getByRole('link', { name: 'Continue where you left off: Chips and policy' })).toHaveAttribute('href', '/course/chips/policy');
  });

  it('is absent for a learner with no progress', () => {
    render(<ResumeLink catalogue={catalogue} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});

describe('the review deck on My progress and the landing page', () => {
  const DAY = 86_400_000;

  /** Two cards due now (one missed today), one due in 3 days, one in 20 days and retained. */
  function progressWithDeck() {
    const now = Date.now();
    const due = rateCard(null, 'again', now - 60_000);
    let deck = withCard(undefined, { quizId: 'made', questionId: 'q1' }, 'h1', due, now);
    deck = withCard(deck, { quizId: 'made', questionId: 'q2' }, 'h1', { ...due, lastMissedAt: now - 40 * DAY }, now);
    deck = withCard(deck, { quizId: 'made', questionId: 'q3' }, 'h1', { ...due, dueAt: now + 3 * DAY, lastMissedAt: null }, now);
    deck = withCard(deck, { quizId: 'policy', questionId: 'q1' }, 'h2', { ...due, dueAt: now + 20 * DAY, lastMissedAt: null }, now);
    return { ...someProgress(), review: deck };
  }

  it('shows due today, due this week, retained and the 14-day forecast as a chart with a table', async () => {
    const user = userEvent.setup();
    render(<ProgressOverview progress={progressWithDeck()} catalogue={catalogue} />);
    const deck = screen.getByRole('region', { name: 'Review deck' });
    const figure = (term: string) => within(deck).getByText(term).parentElement!.querySelector('dd');
    expect(figure('Due today')).toHaveTextContent('2');
    expect(figure('Due in the next 7 days')).toHaveTextContent('3');
    expect(figure('Retained (not missed in 30 days)')).toHaveTextContent('3 of 4');
    expect(within(deck).getByRole('img', { name: 'Cards due per day over the next 14 days: 3 in all, at most 2 on one day.' })).toBeInTheDocument();
    await user.click(within(deck).getByText('Show the figures as a table'));
    const rows = within(within(deck).getByRole('table', { name: 'Cards due over the next 14 days' })).getAllByRole('row');
    expect(rows).toHaveLength(15);
    expect(rows[1]).toHaveTextContent('Today (and overdue)2');
    expect(rows[4]).toHaveTextContent(/1$/);
    expect(within(deck).getByRole('link', { name: 'Review now' })).toHaveAttribute('href', '/review');
  });

  it('says the deck is empty before any question was missed', () => {
    render(<ProgressOverview progress={someProgress()} catalogue={catalogue} />);
    expect(within(screen.getByRole('region', { name: 'Review deck' })).getByText(/^Your review deck is empty\./)).toBeInTheDocument();
  });

  it('offers "Review 2 due questions" beside "Continue where you left off" once cards are due', async () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(progressWithDeck()));
    render(<ResumeLink catalogue={catalogue} />);
    expect(await screen.findByRole('link', { name: 'Review 2 due questions' })).toHaveAttribute('href', '/review');
    expect(screen.getByRole('link', { name: /^Continue where you left off/ })).toBeInTheDocument();
  });
});
