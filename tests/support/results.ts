/**
 * Builders for quiz attempts and results files, shared by the unit tests, the browser tests and
 * the gradebook benchmark. Results files are made by the real `createResultsFile`, so their
 * checksums are right.
 *
 * Relative imports, not `@site/`: the benchmark (scripts/bench, run by jiti) loads this file too,
 * and jiti does not know the bundler alias.
 */
import type { Answer, QuestionResult, QuizAttempt } from '../../src/quiz/attempt';
import { createAssignment } from '../../src/lib/assignment/link';
import type { Assignment } from '../../src/lib/assignment/schema';
import { createResultsFile } from '../../src/lib/results/createResultsFile';
import type { ResultsFile } from '../../src/lib/results/schema';

export const sampleAssignment: Assignment = createAssignment({
  title: 'Chips and 5G',
  items: [
    { kind: 'quiz', id: 'how-chips-are-made' },
    { kind: 'quiz', id: 'what-5g-is' },
  ],
  due: '2026-12-01T23:59:59.999Z',
});

export const sampleQuizzes = [
  { id: 'how-chips-are-made', title: 'How chips are made' },
  { id: 'what-5g-is', title: 'What 5G is' },
];

export function question(questionId: string, answer: Answer, correct: boolean, maxPoints = 1): QuestionResult {
  return { questionId, answer, points: correct ? maxPoints : 0, maxPoints, correct };
}

export function attemptFor(quizId: string, questions: QuestionResult[], submittedAt = '2026-11-20T10:00:00.000Z'): QuizAttempt {
  const points = questions.reduce((sum, q) => sum + q.points, 0);
  const maxPoints = questions.reduce((sum, q) => sum + q.maxPoints, 0);
  const percent = maxPoints === 0 ? 0 : Math.round((points / maxPoints) * 1000) / 10;
  return {
    quizId,
    contentHash: 'c0ffee',
    attempt: 1,
    startedAt: new Date(Date.parse(submittedAt) - 300_000).toISOString(),
    submittedAt,
    points,
    maxPoints,
    percent,
    passed: percent >= 70,
    questions,
  };
}

/** A student's file: `answers` maps quiz id → the questions they answered. */
export function resultsFor(
  name: string,
  answers: Record<string, QuestionResult[]>,
  options: { email?: string; assignment?: Assignment; submittedAt?: string } = {},
): Promise<ResultsFile> {
  const assignment = options.assignment ?? sampleAssignment;
  const attempts = new Map(Object.entries(answers).map(([quizId, questions]) => [quizId, attemptFor(quizId, questions, options.submittedAt)]));
  return createResultsFile({
    assignment,
    learner: { name, ...(options.email ? { email: options.email } : {}) },
    quizzes: sampleQuizzes,
    attempts,
    now: new Date('2026-11-21T09:00:00.000Z'),
  });
}

/** A quick generator of `n` plausible, valid results files (for the benchmark). */
export async function manyResults(n: number): Promise<ResultsFile[]> {
  const files: ResultsFile[] = [];
  for (let i = 0; i < n; i += 1) {
    const pick = (k: number) => ['a', 'b', 'c', 'd'][(i * 7 + k * 3) % 4]!;
    files.push(await resultsFor(`Student ${String(i + 1).padStart(3, '0')}`, {
      'how-chips-are-made': [1, 2, 3, 4, 5].map((k) => question(`q${k}`, { type: 'single', optionId: pick(k) }, pick(k) === 'a')),
      'what-5g-is': [1, 2, 3].map((k) => question(`q${k}`, { type: 'true-false', value: (i + k) % 3 !== 0 }, (i + k) % 3 !== 0)),
    }, { email: `student${i + 1}@example.edu` }));
  }
  return files;
}
