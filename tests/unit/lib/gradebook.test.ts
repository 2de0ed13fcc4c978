import Papa from 'papaparse';
import type { Answer, QuestionResult } from '@site/src/quiz/attempt';
import { buildGradebook, type GradingContext, type ImportedFile } from '@site/src/lib/gradebook/buildGradebook';
import { courseQuizMap, courseQuizzesOf } from '@site/src/lib/gradebook/courseQuizzes';
import { analyseQuiz } from '@site/src/lib/gradebook/itemAnalysis';
import { canvasCsv, moodleCsv } from '@site/src/lib/gradebook/exportCsv';
import { resultsChecksum } from '@site/src/lib/results/checksum';
import { validateResultsFile } from '@site/src/lib/results/validateResultsFile';
import type { ResultsFile } from '@site/src/lib/results/schema';
import { sampleCourse } from '../../support/courseQuizzes';
import { fullMarks, question, resultsFor, sampleAssignment } from '../../support/results';

/** Grading the sample assignment with everything known (its link was pasted). */
const context: GradingContext = {
  course: courseQuizMap(sampleCourse),
  terms: { items: sampleAssignment.items, due: sampleAssignment.due },
  quizIds: ['how-chips-are-made', 'what-5g-is'],
};

function named(files: readonly ResultsFile[]): ImportedFile[] {
  return files.map((results, index) => ({ fileName: `${results.learner.name.toLowerCase().replace(/\W+/g, '-')}-${index}.json`, results }));
}

function grade(files: readonly ResultsFile[], choices?: Parameters<typeof buildGradebook>[2]) {
  return buildGradebook(named(files), context, choices);
}

/*
 * Hand-computed example. Quiz "how-chips-are-made" of the sample course, of which each student
 * answered all 4 questions of 1 point:
 *   q1 single (key a), q2 true/false (key true), q3 single (key c), q4 multiple (key {a, b}; partial
 *   credit: right chosen minus wrong chosen, over 2).
 *
 *   student  q1    q2     q3  q4          points
 *   S01      a ✓   T ✓    c ✓ a,b ✓       4
 *   S02      a ✓   T ✓    c ✓ a,b ✓       4
 *   S03      a ✓   T ✓    b ✗ a,b ✓       3
 *   S04      a ✓   F ✗    c ✓ a ½         2.5
 *   S05      b ✗   T ✓    c ✓ a,c 0       2
 *   S06      a ✓   T ✓    d ✗ b ½         2.5
 *   S07      a ✓   F ✗    b ✗ a,b ✓       2
 *   S08      b ✗   T ✓    b ✗ c 0         1
 *   S09      c ✗   F ✗    c ✓ a ½         1.5
 *   S10      –  ✗  F ✗    b ✗ a,b,c ½     0.5
 *
 * N = 10, g = round(0.27 × 10) = 3. Upper group S01–S03 (4, 4, 3), lower group S09, S08, S10
 * (1.5, 1, 0.5). "Correct" is full marks, so a half-right q4 is not correct.
 *   q1: correct 6/10 → p = 0.6; upper 3/3, lower 0/3 → D = 1.
 *       wrong choices: b ×2 (S05, S08), c ×1 (S09), no answer ×1 (S10).
 *   q2: correct 6/10 (S01 S02 S03 S05 S06 S08) → p = 0.6; upper 3/3, lower 1/3 (S08) → D = 2/3.
 *       wrong choices: false ×4.
 *   q3: correct 5/10 (S01 S02 S04 S05 S09) → p = 0.5; upper 2/3, lower 1/3 (S09) → D = 1/3.
 *       wrong choices: b ×4 (S03 S07 S08 S10), d ×1 (S06).
 *   q4: correct 4/10 (S01 S02 S03 S07) → p = 0.4; upper 3/3, lower 0/3 → D = 1.
 *       key {a, b} from a correct response; options outside it: c ×3 (S05 S08 S10).
 * Class: mean points 23/10 = 2.3 of 4; mean percent 57.5; passed (≥ 70 %) S01–S03 → 0.3.
 * The files state 1 point per "correct" question, so the four students with half a point on q4
 * have files whose score differs from the re-score.
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
  it('has one row per student and class averages per quiz, from the re-scored results', async () => {
    const gradebook = grade(await classFiles());
    expect(gradebook.students.map((s) => s.name)).toEqual(table.map(([name]) => name));
    expect(gradebook.quizzes).toEqual([
      { id: 'how-chips-are-made', title: 'How chips are made', maxPoints: 4, passMark: 70 },
      { id: 'what-5g-is', title: 'What 5G is', maxPoints: 4, passMark: 60 },
    ]);
    const average = gradebook.averages.get('how-chips-are-made')!;
    expect(average.count).toBe(10);
    expect(average.meanPoints).toBeCloseTo(2.3);
    expect(average.meanPercent).toBeCloseTo(57.5);
    expect(average.passRate).toBeCloseTo(0.3);
    expect(gradebook.findings.filter((f) => f.kind === 'rescored').map((f) => f.learner)).toEqual(['S04', 'S06', 'S09', 'S10']);
  });

  it('keeps both files that name the same student, by file name, and counts the one the instructor chooses', async () => {
    const ada = await resultsFor('Ada', { 'what-5g-is': [question('q1', tf(true), true)] }, { email: 'ada@example.edu' });
    const impostor = await resultsFor('Mallory', { 'what-5g-is': [question('q1', tf(false), false)] }, { email: 'ADA@example.edu' });
    const files: ImportedFile[] = [{ fileName: 'ada.json', results: ada }, { fileName: 'mallory.json', results: impostor }];

    const undecided = buildGradebook(files, context);
    expect(undecided.conflicts).toEqual([
      expect.objectContaining({ key: 'ada@example.edu', chosen: null, files: [expect.objectContaining({ fileName: 'ada.json' }), expect.objectContaining({ fileName: 'mallory.json' })] }),
    ]);
    // Neither replaces the other: until the instructor chooses, the student is left out.
    expect(undecided.students).toEqual([]);

    const chosen = buildGradebook(files, context, { policy: 'choose', chosen: new Map([['ada@example.edu', 'ada.json']]) });
    expect(chosen.conflicts[0]!.chosen).toBe('ada.json');
    expect(chosen.students.map((s) => [s.name, s.results.get('what-5g-is')?.fileName])).toEqual([['Ada', 'ada.json']]);
  });

  it('sees through an invisible character in a copied email address', async () => {
    const bob = await resultsFor('Bob', { 'what-5g-is': [question('q1', tf(true), true)] }, { email: 'bob@example.edu' });
    const { checksum: _, ...unsigned } = await resultsFor('Mallory', { 'what-5g-is': [question('q1', tf(false), false)] }, { email: 'bob@example.edu' });
    const hidden = { ...unsigned, learner: { ...unsigned.learner, email: 'bob@\u200bexample.edu' } };
    const text = JSON.stringify({ ...hidden, checksum: await resultsChecksum(hidden) });
    const validated = await validateResultsFile(text, null);
    if (!validated.ok) throw new Error(validated.message);
    expect(grade([bob, validated.results]).conflicts.map((conflict) => conflict.key)).toEqual(['bob@example.edu']);
  });

  it('keeps each quiz’s best result across a student’s files when told to', async () => {
    const first = await resultsFor('Ada', { 'what-5g-is': [question('q1', tf(true), true)], 'how-chips-are-made': [question('q1', single('b'), false)] }, { email: 'ada@example.edu' });
    const second = { ...(await resultsFor('Ada', { 'how-chips-are-made': [question('q1', single('a'), true)] }, { email: 'ada@example.edu' })), exportedAt: '2026-11-22T09:00:00.000Z' };
    const best = grade([first, second], { policy: 'best', chosen: new Map() });
    const [student] = best.students;
    expect(best.conflicts).toHaveLength(1);
    expect(student!.results.get('what-5g-is')).toMatchObject({ points: 1, fileName: 'ada-0.json' });
    expect(student!.results.get('how-chips-are-made')).toMatchObject({ points: 1, fileName: 'ada-1.json' });
  });

  it('does not count attempts at quizzes outside the assignment or unknown to the course, and says so', async () => {
    const onlyChips: GradingContext = { ...context, quizIds: ['how-chips-are-made'] };
    const file = await resultsFor('Ada', {
      'how-chips-are-made': fullMarks('how-chips-are-made'),
      'what-5g-is': fullMarks('what-5g-is'),
    });
    const unknown = { ...file, quizzes: [...file.quizzes, { ...file.quizzes[0]!, quizId: 'not-in-this-course' }] };
    const gradebook = buildGradebook([{ fileName: 'ada.json', results: unknown }], onlyChips);
    expect([...gradebook.students[0]!.results.keys()]).toEqual(['how-chips-are-made']);
    expect(gradebook.quizzes.map((quiz) => quiz.id)).toEqual(['how-chips-are-made']);
    expect(gradebook.findings).toEqual([
      { kind: 'outside-assignment', fileName: 'ada.json', learner: 'Ada', quizId: 'what-5g-is' },
      { kind: 'unknown-quiz', fileName: 'ada.json', learner: 'Ada', quizId: 'not-in-this-course' },
    ]);
  });

  it('names quizzes as the course does, not as a file does', async () => {
    const file = await resultsFor('Ada', { 'what-5g-is': [question('q1', tf(true), true)] });
    const renamed = { ...file, quizzes: file.quizzes.map((quiz) => ({ ...quiz, title: 'Free marks here' })) };
    expect(grade([renamed]).quizzes.map((quiz) => quiz.title)).toEqual(['How chips are made', 'What 5G is']);
  });

  it('still grades a version-1 file, without its due date or pass mark until the assignment is known', async () => {
    const { assignment: _, checksum: __, ...current } = await resultsFor('Ada', { 'what-5g-is': [question('q1', tf(true), true)] }, { submittedAt: '2026-12-02T10:00:00.000Z' });
    const unsigned = { ...current, v: 1 as const, quizzes: current.quizzes.map(({ contentHash: ___, ...quiz }) => quiz) };
    const versionOne: ResultsFile = { ...unsigned, checksum: await resultsChecksum(unsigned) };
    const unknownTerms = buildGradebook(named([versionOne]), { ...context, terms: null, quizIds: null });
    expect(unknownTerms.students[0]!.results.get('what-5g-is')).toMatchObject({ points: 1, late: null, version: 'unrecorded' });
    expect(unknownTerms.quizzes.map((quiz) => quiz.id)).toEqual(['what-5g-is']);
    expect(grade([versionOne]).students[0]!.results.get('what-5g-is')).toMatchObject({ late: true });
  });
});

describe('item analysis (hand-computed example above)', () => {
  it('gives difficulty, discrimination and distractor counts per question', async () => {
    const stats = analyseQuiz('how-chips-are-made', grade(await classFiles()).students);
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
    const [course] = courseQuizzesOf([{ id: 'euv', title: 'EUV', questions: [{ id: 'maker', type: 'short-answer', prompt: 'Who?', accept: ['ASML'] }] }]);
    const file = await resultsFor('Solo', { 'what-5g-is': [question('maker', { type: 'short-answer', text: 'ASML' }, true)] });
    const euv = { ...file, quizzes: [{ ...file.quizzes[0]!, quizId: 'euv', contentHash: course!.contentHash }] };
    const { students } = buildGradebook(named([euv]), { course: courseQuizMap([course!]), terms: null, quizIds: null });
    const [stats] = analyseQuiz('euv', students);
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
    const [pooled] = courseQuizzesOf([{
      id: 'pooled', title: 'Pooled', draw: 2,
      questions: ['qa', 'qb', 'qc'].map((id) => ({ id, type: 'true-false' as const, prompt: id, answer: true })),
    }]);
    const asPooled = (file: Awaited<ReturnType<typeof resultsFor>>) => ({ ...file, quizzes: file.quizzes.map((quiz) => ({ ...quiz, quizId: 'pooled', contentHash: pooled!.contentHash })) });
    const files = await Promise.all([
      resultsFor('P1', { 'how-chips-are-made': [tfq('qa', true), tfq('qb', true)] }),
      resultsFor('P2', { 'how-chips-are-made': [tfq('qa', true), tfq('qc', false)] }),
      resultsFor('P3', { 'how-chips-are-made': [tfq('qb', false), tfq('qc', true)] }),
      resultsFor('P4', { 'how-chips-are-made': [tfq('qa', false), tfq('qb', false)] }),
    ]);
    const { students } = buildGradebook(named(files.map(asPooled)), { course: courseQuizMap([pooled!]), terms: null, quizIds: null });
    const stats = new Map(analyseQuiz('pooled', students).map((item) => [item.questionId, item]));
    expect(stats.get('qa')).toMatchObject({ responses: 3, correct: 2, discrimination: 1 });
    expect(stats.get('qa')!.difficulty).toBeCloseTo(2 / 3);
    expect(stats.get('qc')).toMatchObject({ responses: 2, correct: 1, difficulty: 0.5, discrimination: -1 });
  });
});

describe('LMS exports', () => {
  async function smallBook() {
    return grade([
      await resultsFor('Ada Lovelace', { 'how-chips-are-made': [question('q1', single('a'), true), question('q2', single('b'), false)] }, { email: 'ada@example.edu' }),
      await resultsFor('=cmd|"/c calc"!A1', { 'what-5g-is': [question('q1', tf(true), true)] }),
    ]);
  }

  it('writes Canvas’s layout with a Points Possible row', async () => {
    const rows = Papa.parse<string[]>(canvasCsv(await smallBook()), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', 'How chips are made (how-chips-are-made)', 'What 5G is (what-5g-is)']);
    // Every question of each quiz, asked or not in a file: it leaves some out, and they count as unanswered.
    expect(rows[1]).toEqual(['Points Possible', '', '', '', '', '4', '4']);
    expect(rows[2]).toEqual(['\'=cmd|"/c calc"!A1', '', '', '', '', '', '1']);
    expect(rows[3]).toEqual(['Ada Lovelace', '', '', 'ada@example.edu', '', '1', '']);
  });

  it('writes Moodle’s layout: email, then one numeric column per quiz', async () => {
    const rows = Papa.parse<string[]>(moodleCsv(await smallBook()), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['email', 'How chips are made (how-chips-are-made)', 'What 5G is (what-5g-is)']);
    expect(rows).toContainEqual(['ada@example.edu', '1', '']);
    expect(rows).toContainEqual(['\'=cmd|"/c calc"!A1', '', '1']);
  });

  it('export exactly the rows that count: a student with two files only once a file is chosen, with its points', async () => {
    const bob = await resultsFor('Bob', { 'what-5g-is': [question('q1', tf(true), true)] }, { email: 'bob@example.edu' });
    const mallory = await resultsFor('Mallory', { 'what-5g-is': [question('q1', tf(false), false)] }, { email: 'bob@example.edu' });
    const files: ImportedFile[] = [{ fileName: 'bob.json', results: bob }, { fileName: 'mallory.json', results: mallory }];
    const rows = (book: ReturnType<typeof buildGradebook>) => Papa.parse<string[]>(moodleCsv(book), { skipEmptyLines: true }).data.slice(1);
    expect(rows(buildGradebook(files, context))).toEqual([]);
    expect(rows(buildGradebook(files, context, { policy: 'choose', chosen: new Map([['bob@example.edu', 'mallory.json']]) }))).toEqual([['bob@example.edu', '', '0']]);
    expect(rows(buildGradebook(files, context, { policy: 'choose', chosen: new Map([['bob@example.edu', 'bob.json']]) }))).toEqual([['bob@example.edu', '', '1']]);
  });
});
