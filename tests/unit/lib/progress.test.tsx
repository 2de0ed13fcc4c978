import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { QuizAttempt } from '@site/src/quiz/attempt';
import {
  createProgressStore,
  emptyProgress,
  mergeProgress,
  loadProgressRuntime,
  parseProgressFile,
  PROGRESS_KEY,
  QUARANTINE_KEY,
  recoverProgress,
  useQuizProgress,
  withAttempt,
  withVisit,
  type ProgressDocument,
} from '@site/src/lib/progress';

function attempt(percent: number, n = 1, overrides: Partial<QuizAttempt> = {}): QuizAttempt {
  return {
    quizId: 'export-controls',
    contentHash: 'abc12345',
    attempt: n,
    startedAt: '2026-01-01T10:00:00.000Z',
    submittedAt: `2026-01-01T10:0${n}:00.000Z`,
    points: percent / 10,
    maxPoints: 10,
    percent,
    passed: percent >= 70,
    questions: [{ questionId: 'q1', answer: { type: 'single', optionId: 'a' }, points: 1, maxPoints: 1, correct: true }],
    ...overrides,
  };
}

// @types/react-dom is not installed; this is the one server API the tests need.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderToString } = require('react-dom/server') as { renderToString: (node: ReactNode) => string };

afterEach(() => {
  jest.restoreAllMocks();
});

describe('recording progress', () => {
  it('keeps the latest attempt, the best score and the number of attempts', () => {
    const progress = [attempt(80, 1), attempt(50, 2), attempt(60, 3)].reduce(
      (doc, a) => withAttempt(doc, a),
      emptyProgress(),
    );
    const entry = progress.quizzes['export-controls']!;
    expect(entry.latest.percent).toBe(60);
    expect(entry.best).toMatchObject({ percent: 80, passed: true, submittedAt: '2026-01-01T10:01:00.000Z' });
    expect(entry.attempts).toBe(3);
  });

  it('starts afresh when the quiz content changed (a new content hash)', () => {
    const before = withAttempt(emptyProgress(), attempt(90, 1));
    const after = withAttempt(before, attempt(40, 2, { contentHash: 'edited' }));
    expect(after.quizzes['export-controls']).toMatchObject({ contentHash: 'edited', attempts: 1, best: { percent: 40 } });
  });

  it('completes the lesson when its quiz is passed, and keeps the first visit', () => {
    const visited = withVisit(emptyProgress(), 'chips/export', '2026-01-01T09:00:00.000Z');
    const failed = withAttempt(visited, attempt(50, 1), 'chips/export');
    expect(failed.lessons['chips/export']).toEqual({ visitedAt: '2026-01-01T09:00:00.000Z' });
    const passed = withAttempt(failed, attempt(80, 2), 'chips/export');
    expect(passed.lessons['chips/export']).toEqual({ visitedAt: '2026-01-01T09:00:00.000Z', completedAt: '2026-01-01T10:02:00.000Z' });
    expect(passed.lastActivity).toEqual({ docId: 'chips/export', at: '2026-01-01T10:02:00.000Z' });
  });
});

describe('recovering saved data entry by entry', () => {
  it('keeps valid lessons and quizzes and sets the invalid ones aside', () => {
    const good = withAttempt(withVisit(emptyProgress(), 'a/one', '2026-01-01T09:00:00.000Z'), attempt(80));
    const saved = {
      ...good,
      lessons: { ...good.lessons, 'a/two': { visitedAt: 'yesterday' } },
      quizzes: { ...good.quizzes, broken: { contentHash: 'x', latest: { percent: 'lots' } } },
    };
    const { progress, quarantined } = recoverProgress(saved);
    expect(Object.keys(progress.lessons)).toEqual(['a/one']);
    expect(Object.keys(progress.quizzes)).toEqual(['export-controls']);
    expect(quarantined.map((entry) => entry.where)).toEqual(['progress.lessons.a/two', 'progress.quizzes.broken']);
  });

  it('quarantines data that is not an object at all', () => {
    expect(recoverProgress('oops').quarantined).toHaveLength(1);
  });

  it('writes the recovered document back and keeps the bad entries under the quarantine key, with a warning', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    const good = withVisit(emptyProgress(), 'a/one', '2026-01-01T09:00:00.000Z');
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ ...good, lessons: { ...good.lessons, bad: 42 } }));
    const store = createProgressStore(() => localStorage);
    expect(Object.keys(store.getSnapshot().progress.lessons)).toEqual(['a/one']);
    store.settle();
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).lessons).toEqual(good.lessons);
    expect(JSON.parse(localStorage.getItem(QUARANTINE_KEY)!)).toEqual([{ where: `${PROGRESS_KEY}.lessons.bad`, value: 42 }]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(QUARANTINE_KEY));
  });
});

describe('storage that is unavailable or full', () => {
  it('keeps progress in memory and says it is not saved when writing throws', () => {
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const store = createProgressStore(() => localStorage);
    expect(store.getSnapshot().isSaved).toBe(true);
    store.update((progress) => withAttempt(progress, attempt(90)));
    expect(store.getSnapshot()).toMatchObject({ isSaved: false, progress: { quizzes: { 'export-controls': { best: { percent: 90 } } } } });
  });

  it('finds out on first subscription that storage cannot be written', () => {
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Denied', 'SecurityError');
    });
    const store = createProgressStore(() => localStorage);
    store.settle();
    expect(store.getSnapshot().isSaved).toBe(false);
  });

  it('works in memory when there is no storage at all', () => {
    const store = createProgressStore(() => {
      throw new DOMException('Denied', 'SecurityError');
    });
    store.update((progress) => withVisit(progress, 'a/one', '2026-01-01T09:00:00.000Z'));
    expect(store.getSnapshot()).toMatchObject({ isSaved: false, progress: { lessons: { 'a/one': {} } } });
  });
});

describe('changes in another tab', () => {
  it('notifies subscribers and shows the other tab\'s data', () => {
    const store = createProgressStore(() => localStorage);
    const listener = jest.fn();
    const unsubscribe = store.subscribe(listener);
    expect(store.getSnapshot().progress.lessons).toEqual({});
    const other = withVisit(emptyProgress(), 'a/one', '2026-01-01T09:00:00.000Z');
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(other));
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().progress.lessons).toEqual(other.lessons);
    window.dispatchEvent(new StorageEvent('storage', { key: 'theme' }));
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it('returns the same snapshot while nothing changed', () => {
    const store = createProgressStore(() => localStorage);
    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });
});

describe('merging an imported document', () => {
  const here: ProgressDocument = withAttempt(
    withVisit(emptyProgress(), 'a/one', '2026-01-02T09:00:00.000Z'),
    attempt(90, 1),
    'a/one',
  );
  const there: ProgressDocument = withAttempt(
    withVisit(emptyProgress(), 'a/one', '2026-01-01T09:00:00.000Z'),
    attempt(50, 5, { startedAt: '2026-01-01T10:00:00.000Z' }),
    'a/one',
  );

  it('keeps the best score and the latest attempt per quiz', () => {
    const merged = mergeProgress(here, there).quizzes['export-controls']!;
    expect(merged.best.percent).toBe(90);
    expect(merged.latest.percent).toBe(50);
  });

  it('keeps the earliest visit and the latest completion per lesson', () => {
    const completedLater = { ...there, lessons: { 'a/one': { visitedAt: '2026-01-01T09:00:00.000Z', completedAt: '2026-02-01T00:00:00.000Z' } } };
    expect(mergeProgress(here, completedLater).lessons['a/one']).toEqual({
      visitedAt: '2026-01-01T09:00:00.000Z',
      completedAt: '2026-02-01T00:00:00.000Z',
    });
  });

  it('accepts an exported file and rejects a malformed one', () => {
    expect(parseProgressFile(JSON.stringify(here))).toEqual({ ok: true, progress: here });
    expect(parseProgressFile('{not json')).toMatchObject({ ok: false });
    expect(parseProgressFile(JSON.stringify({ ...here, version: 1 }))).toMatchObject({ ok: false });
    expect(parseProgressFile(JSON.stringify({ ...here, lessons: { x: { visitedAt: '<img src=x>' } } }))).toMatchObject({ ok: false });
  });
});

describe('useQuizProgress', () => {
  function Probe() {
    const { progress } = useQuizProgress('export-controls', 'abc12345');
    return <p>{progress ? `best ${progress.best.percent}` : 'nothing saved'}</p>;
  }

  it('renders nothing saved on the server, whatever is stored', () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(withAttempt(emptyProgress(), attempt(80))));
    expect(renderToString(<Probe />)).toContain('nothing saved');
  });

  it('reads the saved progress in the browser and updates when an attempt is saved', async () => {
    const { result } = renderHook(() => useQuizProgress('export-controls', 'abc12345'));
    expect(result.current.progress).toBeNull();
    // The store (and its validator) loads after mount.
    await act(() => loadProgressRuntime());
    act(() => {
      result.current.saveAttempt(attempt(75));
    });
    await waitFor(() => expect(result.current.progress).toMatchObject({ attempts: 1, best: { percent: 75 } }));
  });

  it('shows nothing for results saved for another version of the quiz', async () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(withAttempt(emptyProgress(), attempt(80, 1, { contentHash: 'older' }))));
    const { result } = renderHook(() => useQuizProgress('export-controls', 'abc12345'));
    await act(() => loadProgressRuntime());
    expect(result.current.progress).toBeNull();
  });
});
