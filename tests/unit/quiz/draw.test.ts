import { attemptSeed, drawCount, drawQuestions } from '@site/src/quiz/draw';
import type { Question, Quiz } from '@site/src/quiz/schema';
import { shuffleKeepingPinned } from '@site/src/lib/shuffle';

function pool(size: number, section?: (index: number) => string): Question[] {
  return Array.from({ length: size }, (_, index) => ({
    id: `q${index}`,
    type: 'true-false' as const,
    prompt: `Statement ${index}`,
    answer: index % 2 === 0,
    ...(section && { section: section(index) }),
  }));
}

const SEEDS = 10_000;

/**
 * Pearson's chi-square statistic of observed counts against equal expected counts, and the
 * critical value at p = 0.01 for its degrees of freedom (Wilson–Hilferty approximation).
 */
function chiSquare(counts: readonly number[]): { statistic: number; critical: number } {
  const total = counts.reduce((sum, count) => sum + count, 0);
  const expected = total / counts.length;
  const statistic = counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
  const df = counts.length - 1;
  const z = 2.3263; // the normal quantile at 0.99
  const critical = df * (1 - 2 / (9 * df) + z * Math.sqrt(2 / (9 * df))) ** 3;
  return { statistic, critical };
}

describe('drawing a pool', () => {
  const quiz: Quiz = { id: 'pool', title: 'Pool', draw: 6, questions: pool(15) };

  it('always asks N distinct questions of the pool, over 10,000 seeds', () => {
    const sizes = new Set<number>();
    for (let seed = 0; seed < SEEDS; seed++) {
      const drawn = drawQuestions(quiz, attemptSeed(`learner${seed}`, quiz.id, 1));
      sizes.add(drawn.length).add(new Set(drawn.map((question) => question.id)).size);
    }
    expect([...sizes]).toEqual([6]);
  });

  it('gives the same draw for the same seed (a reload) and another for the next attempt', () => {
    const first = drawQuestions(quiz, attemptSeed('abc', quiz.id, 1)).map((q) => q.id);
    expect(drawQuestions(quiz, attemptSeed('abc', quiz.id, 1)).map((q) => q.id)).toEqual(first);
    expect(drawQuestions(quiz, attemptSeed('abc', quiz.id, 2)).map((q) => q.id)).not.toEqual(first);
    expect(drawQuestions(quiz, attemptSeed('xyz', quiz.id, 1)).map((q) => q.id)).not.toEqual(first);
  });

  it('draws each question equally often (chi-square, p > 0.01)', () => {
    const counts = new Map(quiz.questions.map((question) => [question.id, 0]));
    for (let seed = 0; seed < SEEDS; seed++) {
      for (const question of drawQuestions(quiz, attemptSeed(`learner${seed}`, quiz.id, 1 + (seed % 3)))) {
        counts.set(question.id, counts.get(question.id)! + 1);
      }
    }
    const { statistic, critical } = chiSquare([...counts.values()]);
    expect(statistic).toBeLessThan(critical);
  });

  it('puts every question first equally often (the order is shuffled too)', () => {
    const firsts = new Map<string, number>();
    for (let seed = 0; seed < SEEDS; seed++) {
      const id = drawQuestions(quiz, attemptSeed(`learner${seed}`, quiz.id, 1))[0]!.id;
      firsts.set(id, (firsts.get(id) ?? 0) + 1);
    }
    expect(firsts.size).toBe(15);
    const { statistic, critical } = chiSquare([...firsts.values()]);
    expect(statistic).toBeLessThan(critical);
  });

  it('draws the quota of each section', () => {
    const sectioned: Quiz = { id: 'sections', title: 'Sections', draw: { a: 2, b: 1 }, questions: pool(9, (i) => (i < 6 ? 'a' : 'b')) };
    expect(drawCount(sectioned)).toBe(3);
    const counts = new Map<string, number>();
    const quotas = new Set<string>();
    for (let seed = 0; seed < SEEDS; seed++) {
      const drawn = drawQuestions(sectioned, attemptSeed(`learner${seed}`, sectioned.id, 1));
      quotas.add(`${drawn.filter((q) => q.section === 'a').length}+${drawn.filter((q) => q.section === 'b').length}`);
      for (const question of drawn) counts.set(question.id, (counts.get(question.id) ?? 0) + 1);
    }
    expect([...quotas]).toEqual(['2+1']);
    for (const section of [[0, 6], [6, 9]] as const) {
      const { statistic, critical } = chiSquare(quiz.questions.slice(...section).map((_, i) => counts.get(`q${section[0] + i}`) ?? 0));
      expect(statistic).toBeLessThan(critical);
    }
  });

  it('keeps the authored order when the quiz opts out of shuffling', () => {
    const unshuffled: Quiz = { ...quiz, shuffle: false };
    const drawn = drawQuestions(unshuffled, 'any').map((q) => Number(q.id.slice(1)));
    expect(drawn).toEqual([...drawn].sort((a, b) => a - b));
  });

  it('asks every question, shuffled, when the quiz draws no number', () => {
    const all: Quiz = { ...quiz, draw: undefined };
    expect(drawQuestions(all, 'seed').map((q) => q.id).sort()).toEqual(quiz.questions.map((q) => q.id).sort());
  });
});

describe('shuffling options with a pinned one', () => {
  it('leaves a pinned option where the author put it', () => {
    const options = ['a', 'b', 'c', 'none'];
    for (let seed = 0; seed < 200; seed++) {
      const shuffled = shuffleKeepingPinned(options, seed, (option) => option === 'none');
      expect(shuffled[3]).toBe('none');
      expect([...shuffled].sort()).toEqual([...options].sort());
    }
  });
});
