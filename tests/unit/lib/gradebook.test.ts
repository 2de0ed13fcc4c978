import Papa from 'papaparse';
import type { Answer, QuestionResult } from '@site/src/quiz/attempt';
import { buildGradebook } from '@site/src/lib/gradebook/buildGradebook';
import { analyseQuiz } from '@site/src/lib/gradebook/itemAnalysis';
import { canvasCsv, moodleCsv } from '@site/src/lib/gradebook/exportCsv';
import { question, resultsFor } from '../../support/results';

/*
 * Hand-computed example. Quiz "how-chips-are-made", 4 questions of 1 point:
 *   q1 single (key a), q2 true/false (key true), q3 single (key c), q4 multiple (key {a, b}).
 *
 *   student  q1    q2     q3  q4       points
 *   S01      a ✓   T ✓    c ✓ a,b ✓    4
 *   S02      a ✓   T ✓    c ✓ a,b ✓    4
 *   S03      a ✓   T ✓    b ✗ a,b ✓    3
 *   S04      a ✓   F ✗    c ✓ a ✗      2
 *   S05      b ✗   T ✓    c ✓ a,c ✗    2
 *   S06      a ✓   T ✓    d ✗ b ✗      2
 *   S07      a ✓   F ✗    b ✗ a,b ✓    2
 *   S08      b ✗   T ✓    b ✗ c ✗      1
 *   S09      c ✗   F ✗    c ✓ a ✗      1
 *   S10      –  ✗  F ✗    b ✗ a,b,c ✗  0
 *
 * N = 10, g = round(0.27 × 10) = 3. Upper group S01–S03 (4, 4, 3), lower group S08–S10 (1, 1, 0).
 *   q1: correct 6/10 → p = 0.6; upper 3/3, lower 0/3 → D = 1.
 *       wrong choices: b ×2 (S05, S08), c ×1 (S09), no answer ×1 (S10).
 *   q2: correct 6/10 (S01 S02 S03 S05 S06 S08) → p = 0.6; upper 3/3, lower 1/3 (S08) → D = 2/3.
 *       wrong choices: false ×4.
 *   q3: correct 5/10 (S01 S02 S04 S05 S09) → p = 0.5; upper 2/3, lower 1/3 (S09) → D = 1/3.
 *       wrong choices: b ×4 (S03 S07 S08 S10), d ×1 (S06).
 *   q4: correct 4/10 (S01 S02 S03 S07) → p = 0.4; upper 3/3, lower 0/3 → D = 1.
 *       key {a, b} from a correct response; options outside it: c ×3 (S05 S08 S10).
 * Class: mean points 21/10 = 2.1; mean percent (100+100+75+50×4+25×2+0)/10 = 52.5;
 * passed (≥ 70 %) S01–S03 → 0.3.
 */
const single = (optionId: string | null): Answer => ({ type: 'single', optionId });
const tf = (value: boolean): Answer => ({ type: 'true-false', value });
const multi = (...optionIds: string[]): Answer => ({ type: 'multiple', optionIds });

const table: [string, Answer, Answer, Answer, Answer][] = [
  ['S01', single('a'), tf(true), single('c'), multi('a', 'b')],
  ['S02', single('a'), tf(true), single('c'), multi('a', 'b')],
  ['S03', single('a'), tf(true), single('b'), multi('a', 'b')],
  ['S04', single('a'), tf(false), single('c'), multi('a')],
  ['S05', single('b'), tf(true), single('c'), multi('a', 'c')],
  ['S06', single('a'), tf(true), single('d'), multi('b')],
  ['S07', single('a'), tf(false), single('b'), multi('a', 'b')],
  ['S08', single('b'), tf(true), single('b'), multi('c')],
  ['S09', single('c'), tf(false), single('c'), multi('a')],
  ['S10', single(null), tf(false), single('b'), multi('a', 'b', 'c')],
];

function isRight(index: number, answer: Answer): boolean {
  if (index === 0) return answer.type === 'single' && answer.optionId === 'a';
  if (index === 1) return answer.type === 'true-false' && answer.value === true;
  if (index === 2) return answer.type === 'single' && answer.optionId === 'c';
  return answer.type === 'multiple' && answer.optionIds.join() === 'a,b';
}

async function classFiles() {
  return Promise.all(
    table.map(([name, ...answers]) => {
      const questions: QuestionResult[] = answers.map((answer, i) => question(`q${i + 1}`, answer, isRight(i, answer)));
      return resultsFor(name, { 'how-chips-are-made': questions }, { email: `${name.toLowerCase()}@example.edu` });
    }),
  );
}

describe('gradebook', () => {
  it('has one row per student and class averages per quiz', async () => {
    const gradebook = buildGradebook(await classFiles());
    expect(gradebook.students.map((s) => s.name)).toEqual(table.map(([name]) => name));
    expect(gradebook.quizzes).toEqual([{ id: 'how-chips-are-made', title: 'How chips are made', maxPoints: 4 }]);
    const average = gradebook.averages.get('how-chips-are-made')!;
    expect(average.count).toBe(10);
    expect(average.meanPoints).toBeCloseTo(2.1);
    expect(average.meanPercent).toBeCloseTo(52.5);
    expect(average.passRate).toBeCloseTo(0.3);
  });

  it('keeps only the latest export from the same student', async () => {
    const early = await resultsFor('Ada', { 'what-5g-is': [question('q1', tf(false), false)] }, { email: 'ada@example.edu' });
    const late = { ...(await resultsFor('Ada L.', { 'what-5g-is': [question('q1', tf(true), true)] }, { email: 'ADA@example.edu' })), exportedAt: '2026-11-22T09:00:00.000Z' };
    const gradebook = buildGradebook([late, early]);
    expect(gradebook.students).toHaveLength(1);
    expect(gradebook.students[0]!.name).toBe('Ada L.');
    expect(gradebook.replaced).toBe(1);
  });
});

describe('item analysis (hand-computed example above)', () => {
  it('gives difficulty, discrimination and distractor counts per question', async () => {
    const stats = analyseQuiz('how-chips-are-made', buildGradebook(await classFiles()).students);
    expect(stats.map((s) => s.questionId)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(stats.map((s) => s.difficulty)).toEqual([0.6, 0.6, 0.5, 0.4]);
    const d = stats.map((s) => s.discrimination!);
    expect(d[0]).toBeCloseTo(1);
    expect(d[1]).toBeCloseTo(2 / 3);
    expect(d[2]).toBeCloseTo(1 / 3);
    expect(d[3]).toBeCloseTo(1);
    expect(stats[0]!.distractors).toEqual([{ choice: 'b', count: 2 }, { choice: '(no answer)', count: 1 }, { choice: 'c', count: 1 }]);
    expect(stats[1]!.distractors).toEqual([{ choice: 'false', count: 4 }]);
    expect(stats[2]!.distractors).toEqual([{ choice: 'b', count: 4 }, { choice: 'd', count: 1 }]);
    expect(stats[3]!.distractors).toEqual([{ choice: 'c', count: 3 }]);
  });

  it('gives no discrimination index for a single student, and no distractors for short answers', async () => {
    const file = await resultsFor('Solo', { 'how-chips-are-made': [question('q1', { type: 'short-answer', text: 'ASML' }, true)] });
    const [stats] = analyseQuiz('how-chips-are-made', buildGradebook([file]).students);
    expect(stats).toMatchObject({ difficulty: 1, discrimination: null, distractors: null });
  });
});

describe('item analysis of a pooled quiz', () => {
  // Each student was asked two of three questions:
  //   P1 qa ✓ qb ✓ (100 %), P2 qa ✓ qc ✗ (50 %), P3 qb ✗ qc ✓ (50 %), P4 qa ✗ qb ✗ (0 %).
  // qa was asked of P1, P2, P4: p = 2/3; g = round(0.27 × 3) = 1: upper P1 ✓, lower P4 ✗ → D = 1.
  // qc was asked of P2 and P3 (tied at 50 %, P2 first by name): g = 1: upper P2 ✗, lower P3 ✓ → D = −1.
  it('counts only the students who were asked each question', async () => {
    const tfq = (id: string, isRight: boolean) => question(id, { type: 'true-false', value: isRight }, isRight);
    const files = await Promise.all([
      resultsFor('P1', { 'how-chips-are-made': [tfq('qa', true), tfq('qb', true)] }),
      resultsFor('P2', { 'how-chips-are-made': [tfq('qa', true), tfq('qc', false)] }),
      resultsFor('P3', { 'how-chips-are-made': [tfq('qb', false), tfq('qc', true)] }),
      resultsFor('P4', { 'how-chips-are-made': [tfq('qa', false), tfq('qb', false)] }),
    ]);
    const stats = new Map(analyseQuiz('how-chips-are-made', buildGradebook(files).students).map((item) => [item.questionId, item]));
    expect(stats.get('qa')).toMatchObject({ responses: 3, correct: 2, discrimination: 1 });
    expect(stats.get('qa')!.difficulty).toBeCloseTo(2 / 3);
    expect(stats.get('qc')).toMatchObject({ responses: 2, correct: 1, difficulty: 0.5, discrimination: -1 });
  });
});

describe('LMS exports', () => {
  async function smallBook() {
    return buildGradebook([
      await resultsFor('Ada Lovelace', { 'how-chips-are-made': [question('q1', single('a'), true), question('q2', single('b'), false)] }, { email: 'ada@example.edu' }),
      await resultsFor('=cmd|"/c calc"!A1', { 'what-5g-is': [question('q1', tf(true), true)] }),
    ]);
  }

  it('writes Canvas’s layout with a Points Possible row', async () => {
    const rows = Papa.parse<string[]>(canvasCsv(await smallBook()), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', 'How chips are made (how-chips-are-made)', 'What 5G is (what-5g-is)']);
    expect(rows[1]).toEqual(['Points Possible', '', '', '', '', '2', '1']);
    expect(rows[2]).toEqual(['\'=cmd|"/c calc"!A1', '', '', '', '', '', '1']);
    expect(rows[3]).toEqual(['Ada Lovelace', '', '', 'ada@example.edu', '', '1', '']);
  });

  it('writes Moodle’s layout: email, then one numeric column per quiz', async () => {
    const rows = Papa.parse<string[]>(moodleCsv(await smallBook()), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['email', 'How chips are made (how-chips-are-made)', 'What 5G is (what-5g-is)']);
    expect(rows).toContainEqual(['ada@example.edu', '1', '']);
    expect(rows).toContainEqual(['\'=cmd|"/c calc"!A1', '', '1']);
  });
});
