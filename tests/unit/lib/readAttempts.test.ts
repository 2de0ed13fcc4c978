import { readLatestAttempt, readLatestAttempts } from '@site/src/lib/assignment/readAttempts';
import type { QuizAttempt } from '@site/src/components/Quiz/types';

function attempt(overrides: Partial<QuizAttempt> = {}): QuizAttempt {
  return {
    quizId: 'how-chips-are-made',
    contentHash: 'abc123',
    attempt: 1,
    startedAt: '2026-11-01T10:00:00.000Z',
    submittedAt: '2026-11-01T10:05:00.000Z',
    points: 3,
    maxPoints: 4,
    percent: 75,
    passed: true,
    questions: [{ questionId: 'q1', answer: { type: 'single', optionId: 'b' }, points: 1, maxPoints: 1, correct: true }],
    ...overrides,
  };
}

function save(key: string, value: unknown): void {
  localStorage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
}

describe('reading saved attempts', () => {
  it('finds the latest attempt across versions of the quiz', () => {
    const older = attempt({ contentHash: 'old', submittedAt: '2026-11-01T10:00:00.000Z', percent: 50 });
    const newer = attempt({ contentHash: 'new', submittedAt: '2026-11-02T10:00:00.000Z', percent: 100 });
    save('silicon-statecraft:quiz:how-chips-are-made:old', { latest: older, best: older, attempts: 1 });
    save('silicon-statecraft:quiz:how-chips-are-made:new', { latest: newer, best: newer, attempts: 2 });
    expect(readLatestAttempt('how-chips-are-made', localStorage)?.percent).toBe(100);
  });

  it('ignores malformed entries and keeps the valid ones', () => {
    const good = attempt();
    save('silicon-statecraft:quiz:how-chips-are-made:a', '{not json');
    save('silicon-statecraft:quiz:how-chips-are-made:b', { latest: { ...good, percent: 'lots' } });
    save('silicon-statecraft:quiz:how-chips-are-made:c', { latest: { ...good, quizId: 'another-quiz' } });
    save('silicon-statecraft:quiz:how-chips-are-made:d', { latest: good, best: good, attempts: 1 });
    expect(readLatestAttempt('how-chips-are-made', localStorage)).toEqual(good);
  });

  it('does not confuse a quiz with another whose id starts the same way', () => {
    save('silicon-statecraft:quiz:how-chips-are-made-2:x', { latest: attempt({ quizId: 'how-chips-are-made-2' }) });
    expect(readLatestAttempt('how-chips-are-made', localStorage)).toBeNull();
  });

  it('returns attempts only for quizzes that have one', () => {
    save('silicon-statecraft:quiz:how-chips-are-made:x', { latest: attempt() });
    expect([...readLatestAttempts(['how-chips-are-made', 'what-5g-is'], localStorage).keys()]).toEqual(['how-chips-are-made']);
  });

  it('treats storage that throws as empty', () => {
    const broken = { length: 1, key: () => { throw new Error('denied'); }, getItem: () => null };
    expect(readLatestAttempt('how-chips-are-made', broken)).toBeNull();
  });
});

describe('reading attempts from the course progress document', () => {
  it('finds the attempt in the progress document, and prefers a newer one still under an old key', () => {
    const inDocument = attempt({ submittedAt: '2026-11-03T10:00:00.000Z', percent: 50 });
    save('silicon-statecraft:progress', {
      version: 2,
      lessons: {},
      quizzes: { 'how-chips-are-made': { contentHash: 'abc123', latest: inDocument, best: inDocument, attempts: 1 } },
      lastActivity: null,
    });
    expect(readLatestAttempt('how-chips-are-made', localStorage)?.percent).toBe(50);
    const newer = attempt({ submittedAt: '2026-11-04T10:00:00.000Z', percent: 100 });
    save('silicon-statecraft:quiz:how-chips-are-made:abc123', { latest: newer, best: newer, attempts: 2 });
    expect(readLatestAttempt('how-chips-are-made', localStorage)?.percent).toBe(100);
  });

  it('ignores a malformed progress document', () => {
    save('silicon-statecraft:progress', '{oops');
    expect(readLatestAttempt('how-chips-are-made', localStorage)).toBeNull();
  });
});
