import Papa from 'papaparse';
import { resultsChecksum, sha256Hex } from '@site/src/lib/results/checksum';
import { validateResultsFile } from '@site/src/lib/results/validateResultsFile';
import { resultsToCsv } from '@site/src/lib/results/resultsCsv';
import { createResultsFile, isLate, isPassed } from '@site/src/lib/results/createResultsFile';
import { createAssignment } from '@site/src/lib/assignment/link';
import { quizStatus } from '@site/src/components/AssignmentView/model';
import { MAX_RESULTS_FILE_BYTES } from '@site/src/lib/results/schema';
import { attemptFor, question, resultsFor, sampleAssignment, sampleQuizzes } from '../../support/results';
import { currentHashOf } from '../../support/courseQuizzes';

async function aFile() {
  return resultsFor('Ada Lovelace', {
    'how-chips-are-made': [
      question('q1', { type: 'single', optionId: 'b' }, true),
      question('q2', { type: 'multiple', optionIds: ['a', 'c'] }, false),
    ],
    'what-5g-is': [question('q1', { type: 'true-false', value: false }, true)],
  }, { email: 'ada@example.edu', submittedAt: '2026-12-02T08:00:00.000Z' });
}

describe('results checksum', () => {
  it('is the SHA-256 of the canonical JSON (known vector)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('does not depend on key order', async () => {
    const { checksum, ...rest } = await aFile();
    const reordered = Object.fromEntries(Object.entries(rest).reverse()) as typeof rest;
    expect(await resultsChecksum(reordered)).toBe(checksum);
  });
});

describe('creating a results file', () => {
  it('records the learner, the assignment and each attempted quiz with its version, marked late after the due time', async () => {
    const file = await aFile();
    expect(file).toMatchObject({
      format: 'silicon-statecraft-results', v: 2, assignmentId: sampleAssignment.id, assignmentTitle: 'Chips and 5G',
      assignment: sampleAssignment,
      learner: { name: 'Ada Lovelace', email: 'ada@example.edu' },
    });
    expect(file.quizzes.map((quiz) => [quiz.quizId, quiz.points, quiz.maxPoints, quiz.late, quiz.contentHash])).toEqual([
      // Out of every question of each quiz: the quiz records the ones left unanswered too.
      ['how-chips-are-made', 1, 4, true, currentHashOf('how-chips-are-made')],
      ['what-5g-is', 1, 4, true, currentHashOf('what-5g-is')],
    ]);
  });

  it('judges pass or fail on the exact share, as the quiz does: 13.9 of 20 (69.5 %) does not pass a pass mark of 70', async () => {
    const strict = createAssignment({ title: 'Strict', items: [{ kind: 'quiz', id: 'how-chips-are-made' }], passMark: 70 });
    // The quiz rounds 69.5 % to 70 % for display and calls it not passed.
    const attempt = { ...attemptFor('how-chips-are-made', []), points: 13.9, maxPoints: 20, percent: 70, passed: false };
    expect(isPassed(attempt, 70)).toBe(false);
    expect(quizStatus(attempt, 70)).toEqual({ state: 'attempted', percent: 70 });
    const file = await createResultsFile({
      assignment: strict, learner: { name: 'Ada' }, quizzes: sampleQuizzes,
      attempts: new Map([['how-chips-are-made', attempt]]), now: new Date('2026-11-21T09:00:00.000Z'),
    });
    expect(file.quizzes[0]!.passed).toBe(false);
  });

  it('strips bidi overrides and control characters from the learner’s name', async () => {
    const file = await resultsFor('Ada \u202Eecalevol\u0000', {}, { email: 'ada@example.edu' });
    expect(file.learner.name).toBe('Ada ecalevol');
  });

  it('is not late without a due date, or when submitted before it', () => {
    expect(isLate('2026-12-02T00:00:00.000Z', undefined)).toBe(false);
    expect(isLate('2026-12-01T12:00:00.000Z', '2026-12-01T23:59:59.999Z')).toBe(false);
  });
});

describe('validating a results file', () => {
  it('accepts an untouched export for the right assignment', async () => {
    const file = await aFile();
    expect(await validateResultsFile(JSON.stringify(file, null, 2), sampleAssignment.id)).toEqual({ ok: true, results: file });
  });

  it('accepts any assignment when none is expected yet', async () => {
    expect((await validateResultsFile(JSON.stringify(await aFile()), null)).ok).toBe(true);
  });

  it('shows names and titles from a file without bidi overrides or control characters', async () => {
    const { checksum: _, ...unsigned } = await aFile();
    const spoofed = {
      ...unsigned,
      assignmentTitle: 'Chips \u202Eand 5G',
      learner: { name: 'Ada \u202Eecalevol', email: 'ada@example.edu' },
      quizzes: unsigned.quizzes.map((quiz) => ({ ...quiz, title: `\u2067${quiz.title}\u0007` })),
    };
    const text = JSON.stringify({ ...spoofed, checksum: await resultsChecksum(spoofed) });
    const result = await validateResultsFile(text, sampleAssignment.id);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.results.learner.name).toBe('Ada ecalevol');
    expect(result.results.assignmentTitle).toBe('Chips and 5G');
    expect(result.results.quizzes.map((quiz) => quiz.title)).toEqual(['How chips are made', 'What 5G is']);
  });

  it.each([
    ['too-large', async () => ' '.repeat(MAX_RESULTS_FILE_BYTES + 1)],
    ['not-json', async () => '{"format": "silicon-statecraft-results",'],
    ['wrong-format', async () => JSON.stringify({ hello: 'world' })],
    ['wrong-format', async () => 'null'],
    ['unsupported-version', async () => JSON.stringify({ ...(await aFile()), v: 3 })],
    ['invalid', async () => {
      // The recorded assignment made easier (a later due date) while its id stays: caught.
      const { checksum: _, ...file } = await aFile();
      const eased = { ...file, assignment: { ...file.assignment, due: '2027-01-01T00:00:00.000Z' } };
      return JSON.stringify({ ...eased, checksum: await resultsChecksum(eased) });
    }],
    ['invalid', async () => JSON.stringify({ ...(await aFile()), learner: { name: '' } })],
    ['invalid', async () => JSON.stringify({ ...(await aFile()), quizzes: 'all of them' })],
    ['bad-checksum', async () => JSON.stringify({ ...(await aFile()), learner: { name: 'Ada Lovelace', email: 'ada@example.edu' }, assignmentTitle: 'Edited' })],
    ['bad-checksum', async () => {
      const file = await aFile();
      file.quizzes[0]!.points = 2;
      return JSON.stringify(file);
    }],
    ['wrong-assignment', async () => JSON.stringify(await resultsFor('Bob', {}, { assignment: createAssignment({ ...sampleAssignment, title: 'Another' }) }))],
  ])('rejects with reason %s', async (reason, makeText) => {
    const result = await validateResultsFile(await makeText(), sampleAssignment.id);
    expect(result).toMatchObject({ ok: false, error: reason });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });
});

describe('results as CSV', () => {
  it('has one row per question with the learner and the answer', async () => {
    const parsed = Papa.parse<string[]>(resultsToCsv(await aFile()), { skipEmptyLines: true });
    // A header, then 4 questions of one quiz and 3 of the other.
    expect(parsed.data).toHaveLength(8);
    expect(parsed.data[0]).toContain('Question ID');
    expect(parsed.data[2]).toEqual(expect.arrayContaining(['Ada Lovelace', 'how-chips-are-made', 'q2', 'a | c', 'false']));
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const file = await resultsFor('=HYPERLINK("http://x","y")', {
      'how-chips-are-made': [question('q1', { type: 'short-answer', text: '@SUM(A1:A9)' }, false)],
    });
    const parsed = Papa.parse<string[]>(resultsToCsv(file), { skipEmptyLines: true });
    expect(parsed.data[1]).toContain(`'=HYPERLINK("http://x","y")`);
    expect(parsed.data[1]).toContain(`'@SUM(A1:A9)`);
  });
});
