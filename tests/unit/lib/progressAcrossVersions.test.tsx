/**
 * Saved progress across versions of the course and across storage trouble: data written by a
 * newer version is never rewritten, fields this version does not know survive its writes, data
 * set aside is saved before anything is rewritten and removed by a reset, storage is tried again
 * after a failure, and quiz ids that are also Object.prototype's names behave like any other.
 */
import type { QuizAttempt } from '@site/src/quiz/attempt';
import {
  createProgressStore,
  emptyProgress,
  lessonStatus,
  mergeProgress,
  PROGRESS_KEY,
  QUARANTINE_KEY,
  recoverProgress,
  summariseProgress,
  withAttempt,
  withVisit,
} from '@site/src/lib/progress';
import { buildCatalogue } from '@site/src/data/catalogue';

function attempt(quizId: string, percent: number): QuizAttempt {
  return {
    quizId,
    contentHash: 'abc12345',
    attempt: 1,
    startedAt: '2026-01-01T10:00:00.000Z',
    submittedAt: '2026-01-01T10:05:00.000Z',
    points: percent / 10,
    maxPoints: 10,
    percent,
    passed: percent >= 70,
    questions: [],
  };
}

const visitedAt = '2026-01-01T09:00:00.000Z';

afterEach(() => {
  jest.restoreAllMocks();
});

describe('a document written by a newer version of the course', () => {
  const newer = {
    version: 3,
    lessons: { 'a/one': { visitedAt } },
    quizzes: {},
    lastActivity: null,
    notebook: { pages: ['kept'] },
  };

  it('is read but never rewritten, and the snapshot says so', () => {
    const text = JSON.stringify(newer);
    localStorage.setItem(PROGRESS_KEY, text);
    const store = createProgressStore(() => localStorage);
    store.settle();
    expect(store.getSnapshot()).toMatchObject({ isNewer: true, isSaved: false, progress: { lessons: { 'a/one': { visitedAt } } } });
    store.update((progress) => withVisit(progress, 'a/two', '2026-01-02T09:00:00.000Z'));
    expect(localStorage.getItem(PROGRESS_KEY)).toBe(text);
    expect(localStorage.getItem(QUARANTINE_KEY)).toBeNull();
    // The change lives in memory for this page.
    expect(Object.keys(store.getSnapshot().progress.lessons)).toEqual(['a/one', 'a/two']);
  });
});

describe('fields this version does not know', () => {
  it('survive a write, at the top of the document and inside its entries', () => {
    const saved = {
      ...withAttempt(withVisit(emptyProgress(), 'a/one', visitedAt), attempt('quiz-one', 80)),
      notebook: { pages: ['quiz-one:q1'] },
    };
    const withNote = { ...saved, lessons: { 'a/one': { ...saved.lessons['a/one']!, note: 'reread' } } };
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(withNote));
    const store = createProgressStore(() => localStorage);
    store.update((progress) => withVisit(progress, 'a/two', '2026-01-02T09:00:00.000Z'));
    const written = JSON.parse(localStorage.getItem(PROGRESS_KEY)!);
    expect(written.notebook).toEqual({ pages: ['quiz-one:q1'] });
    expect(written.lessons['a/one'].note).toBe('reread');
    expect(written.lessons['a/two']).toEqual({ visitedAt: '2026-01-02T09:00:00.000Z' });
  });
});

describe('saved entries that cannot be read', () => {
  const bad = () => ({ ...withVisit(emptyProgress(), 'a/one', visitedAt), quizzes: { broken: { latest: 'lots' } } });

  it('are saved aside before the document is rewritten; if that fails, nothing is rewritten', () => {
    jest.spyOn(console, 'warn').mockImplementation(() => {});
    const text = JSON.stringify(bad());
    localStorage.setItem(PROGRESS_KEY, text);
    // The quarantine cannot be written: the document must stay as it was.
    const original = Storage.prototype.setItem;
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key === QUARANTINE_KEY) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      original.call(this, key, value);
    });
    const store = createProgressStore(() => localStorage);
    store.settle();
    store.update((progress) => withVisit(progress, 'a/two', '2026-01-02T09:00:00.000Z'));
    expect(localStorage.getItem(PROGRESS_KEY)).toBe(text);
    expect(store.getSnapshot().isSaved).toBe(false);
  });

  it('are counted in the snapshot and offered as a download until a reset removes them too', () => {
    jest.spyOn(console, 'warn').mockImplementation(() => {});
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(bad()));
    const store = createProgressStore(() => localStorage);
    expect(store.getSnapshot().setAside).toBe(1);
    store.settle();
    expect(store.getSnapshot().setAside).toBe(1);
    expect(JSON.parse(store.readSetAside()!)).toEqual([{ where: `${PROGRESS_KEY}.quizzes.broken`, value: { latest: 'lots' } }]);
    store.reset();
    expect(localStorage.getItem(QUARANTINE_KEY)).toBeNull();
    expect(store.getSnapshot().setAside).toBe(0);
    expect(store.readSetAside()).toBeNull();
  });
});

describe('storage that failed once', () => {
  it('is tried again on the next write, and saving resumes when it works', () => {
    const original = Storage.prototype.setItem;
    let isFull = true;
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (isFull) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      original.call(this, key, value);
    });
    const store = createProgressStore(() => localStorage);
    store.update((progress) => withVisit(progress, 'a/one', visitedAt));
    expect(store.getSnapshot().isSaved).toBe(false);
    isFull = false; // the learner freed some space
    store.update((progress) => withVisit(progress, 'a/two', '2026-01-02T09:00:00.000Z'));
    expect(store.getSnapshot().isSaved).toBe(true);
    expect(Object.keys(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).lessons)).toEqual(['a/one', 'a/two']);
  });
});

describe('reading the store', () => {
  it('parses the saved text once, however many components read it', () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(withVisit(emptyProgress(), 'a/one', visitedAt)));
    const store = createProgressStore(() => localStorage);
    const parse = jest.spyOn(JSON, 'parse');
    const first = store.getSnapshot();
    for (let i = 0; i < 45; i += 1) expect(store.getSnapshot()).toBe(first);
    expect(parse.mock.calls.filter(([text]) => String(text).includes('a/one'))).toHaveLength(1);
  });
});

describe('ids that are also names on Object.prototype', () => {
  const catalogue = buildCatalogue(
    [{ id: 'm', title: 'M', href: '/course/m' }],
    [{ id: 'm/constructor', title: 'Constructors', permalink: '/course/m/constructor', file: 'docs/01-m/01-constructor.mdx' }],
    [{ lessonFile: 'docs/01-m/01-constructor.mdx', id: 'constructor', title: 'Quiz: constructors' }],
  );

  it('do not count as started or attempted when nothing was saved', () => {
    expect(lessonStatus(emptyProgress(), { id: 'm/constructor', quizId: 'constructor' })).toBe('not-started');
    expect(lessonStatus(emptyProgress(), { id: 'm/x', quizId: 'toString' })).toBe('not-started');
    const summary = summariseProgress(emptyProgress(), catalogue);
    expect(summary.modules[0]!.lessons[0]).toMatchObject({ status: 'not-started', best: null });
  });

  it('are kept as entries when saved data uses them, __proto__ included', () => {
    const saved = JSON.parse(
      `{"version":2,"lessons":{"__proto__":{"visitedAt":"${visitedAt}"}},"quizzes":{"constructor":${JSON.stringify({
        contentHash: 'abc12345', latest: attempt('constructor', 80), best: attempt('constructor', 80), attempts: 1,
      })}},"lastActivity":null}`,
    );
    const { progress, quarantined } = recoverProgress(saved);
    expect(quarantined).toEqual([]);
    expect(Object.keys(progress.lessons)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(progress.lessons)).toBe(Object.prototype);
    expect(lessonStatus(progress, { id: 'm/constructor', quizId: 'constructor' })).toBe('completed');
    expect(Object.keys(mergeProgress(progress, emptyProgress()).lessons)).toEqual(['__proto__']);
  });

  it('record an attempt at a quiz called constructor as its first', () => {
    const progress = withAttempt(emptyProgress(), attempt('constructor', 50));
    expect(progress.quizzes.constructor).toMatchObject({ attempts: 1, best: { percent: 50 } });
  });
});
