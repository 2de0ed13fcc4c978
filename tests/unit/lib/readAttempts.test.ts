import { readLatestAttempt, readLatestAttempts } from '@site/src/lib/assignment/readAttempts';
import type { QuizAttempt } from '@site/src/quiz/attempt';

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

function saveProgress(quizzes: Record<string, unknown>): void {
  localStorage.setItem('silicon-statecraft:progress', JSON.stringify({ version: 2, lessons: {}, quizzes, lastActivity: null }));
}

const entry = (latest: unknown) => ({ contentHash: 'abc123', latest, best: latest, attempts: 1 });

describe('reading saved attempts from the course progress document', () => {
  it('finds the latest attempt at a quiz', () => {
    const saved = attempt({ percent: 50 });
    saveProgress({ 'how-chips-are-made': entry(saved) });
    expect(readLatestAttempt('how-chips-are-made', localStorage)).toEqual(saved);
  });

  it('ignores malformed entries and keeps the valid ones', () => {
    const good = attempt({ quizId: 'what-5g-is' });
    saveProgress({
      'how-chips-are-made': entry({ ...attempt(), percent: 'lots' }),
      'export-controls': entry({ ...attempt(), quizId: 'another-quiz' }),
      'what-5g-is': entry(good),
    });
    const found = readLatestAttempts(['how-chips-are-made', 'export-controls', 'what-5g-is'], localStorage);
    expect([...found.entries()]).toEqual([['what-5g-is', good]]);
  });

  it('returns attempts only for quizzes that have one', () => {
    saveProgress({ 'how-chips-are-made': entry(attempt()) });
    expect([...readLatestAttempts(['how-chips-are-made', 'what-5g-is'], localStorage).keys()]).toEqual(['how-chips-are-made']);
  });

  it('does not take an inherited property for a quiz (a quiz id such as "constructor")', () => {
    saveProgress({});
    expect(readLatestAttempt('constructor', localStorage)).toBeNull();
  });

  it('treats storage that throws as empty', () => {
    const broken = { getItem: () => { throw new Error('denied'); } };
    expect(readLatestAttempt('how-chips-are-made', broken)).toBeNull();
  });

  it('ignores a malformed progress document', () => {
    localStorage.setItem('silicon-statecraft:progress', '{oops');
    expect(readLatestAttempt('how-chips-are-made', localStorage)).toBeNull();
  });
});
