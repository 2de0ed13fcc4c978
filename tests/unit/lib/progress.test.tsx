import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { QuizAttempt } from '@site/src/components/Quiz/types';
import { quizProgressKey, readQuizProgress, saveQuizAttempt, useQuizProgress, withAttempt } from '@site/src/lib/progress';
import { forgetMemoryItems } from '@site/src/lib/progress/storage';

function attempt(percent: number, n = 1): QuizAttempt {
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
  };
}

// @types/react-dom is not installed; this is the one server API the tests need.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderToString } = require('react-dom/server') as { renderToString: (node: ReactNode) => string };

const KEY = quizProgressKey('export-controls', 'abc12345');

afterEach(() => {
  jest.restoreAllMocks();
  forgetMemoryItems();
});

describe('quiz progress', () => {
  it('uses a namespaced key made of the quiz id and content hash', () => {
    expect(KEY).toBe('silicon-statecraft:quiz:export-controls:abc12345');
  });

  it('keeps the latest attempt, the best score and the number of attempts', () => {
    const progress = withAttempt(withAttempt(withAttempt(null, attempt(80, 1)), attempt(50, 2)), attempt(60, 3));
    expect(progress.latest.percent).toBe(60);
    expect(progress.best).toMatchObject({ percent: 80, passed: true, submittedAt: '2026-01-01T10:01:00.000Z' });
    expect(progress.attempts).toBe(3);
  });

  it('saves to localStorage and reads it back', () => {
    saveQuizAttempt(attempt(80));
    expect(JSON.parse(window.localStorage.getItem(KEY)!)).toMatchObject({ attempts: 1, best: { percent: 80 } });
    expect(readQuizProgress(KEY)?.latest.percent).toBe(80);
  });

  it.each([
    ['not JSON', '{oops'],
    ['the wrong shape', JSON.stringify({ latest: { percent: 'high' }, attempts: 1 })],
    ['an unknown answer type', JSON.stringify({ ...withAttempt(null, attempt(80)), latest: { ...attempt(80), questions: [{ questionId: 'q1', answer: { type: 'essay' }, points: 1, maxPoints: 1, correct: true }] } })],
  ])('ignores saved data that is %s, with a warning', (_, raw) => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    window.localStorage.setItem(KEY, raw);
    expect(readQuizProgress(KEY)).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(KEY));
  });

  it('keeps working in memory when storage throws', () => {
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Denied', 'SecurityError');
    });
    expect(() => saveQuizAttempt(attempt(90))).not.toThrow();
    expect(readQuizProgress(KEY)?.best.percent).toBe(90);
  });
});

describe('useQuizProgress', () => {
  function Probe() {
    const { progress } = useQuizProgress('export-controls', 'abc12345');
    return <p>{progress ? `best ${progress.best.percent}` : 'nothing saved'}</p>;
  }

  it('renders nothing saved on the server, whatever is stored', () => {
    saveQuizAttempt(attempt(80));
    expect(renderToString(<Probe />)).toContain('nothing saved');
  });

  it('reads the saved progress in the browser and updates when an attempt is saved', () => {
    const { result } = renderHook(() => useQuizProgress('export-controls', 'abc12345'));
    expect(result.current.progress).toBeNull();
    act(() => {
      result.current.saveAttempt(attempt(75));
    });
    expect(result.current.progress).toMatchObject({ attempts: 1, best: { percent: 75 } });
  });
});
