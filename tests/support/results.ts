/**
 * Builders for quiz attempts and results files, shared by the unit tests, the browser tests and
 * the gradebook benchmark. Results files are made by the real `createResultsFile`, so their
 * checksums are right.
 *
 * Relative imports, not `@site/`: the benchmark (scripts/bench, run by jiti) loads this file too,
 * and jiti does not know the bundler alias.
 */
import type { Answer, QuestionResult, QuizAttempt } from '../../src/quiz/attempt';
import type { Question } from '../../src/quiz/schema';
import { attemptSeed, drawQuestions } from '../../src/quiz/draw';
import { emptyAnswer, isPassingScore, scoreQuestion } from '../../src/quiz/scoring';
import { roundPoints } from '../../src/quiz/points';
import { createAssignment } from '../../src/lib/assignment/link';
import type { Assignment } from '../../src/lib/assignment/schema';
import type { CourseQuiz } from '../../src/lib/gradebook/courseQuizzes';
import { createResultsFile } from '../../src/lib/results/createResultsFile';
import type { CurrentResultsFile, Learner } from '../../src/lib/results/schema';
import { currentHashOf, sampleCourse } from './courseQuizzes';

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

/** An attempt as the quiz saves it; its content hash is the sample course's current one. */
export function attemptFor(quizId: string, questions: QuestionResult[], submittedAt = '2026-11-20T10:00:00.000Z', contentHash = currentHashOf(quizId)): QuizAttempt {
  const points = roundPoints(questions.reduce((sum, q) => sum + q.points, 0));
  const maxPoints = roundPoints(questions.reduce((sum, q) => sum + q.maxPoints, 0));
  const percent = maxPoints === 0 ? 0 : Math.round((points / maxPoints) * 1000) / 10;
  return {
    quizId,
    contentHash,
    attempt: 1,
    startedAt: new Date(Date.parse(submittedAt) - 300_000).toISOString(),
    submittedAt,
    points,
    maxPoints,
    percent,
    passed: isPassingScore(points, maxPoints, sampleCourse.find((entry) => entry.quiz.id === quizId)?.quiz.passMark),
    questions,
  };
}

/**
 * What the quiz records for an attempt at a sample-course quiz: the questions answered as given,
 * then every other question of the quiz as unanswered (the quiz records each question it asks).
 */
export function recordedAttempt(quizId: string, answered: QuestionResult[]): QuestionResult[] {
  const quiz = sampleCourse.find((entry) => entry.quiz.id === quizId)?.quiz;
  if (!quiz) return answered;
  const given = new Set(answered.map((result) => result.questionId));
  return [...answered, ...quiz.questions.filter((q) => !given.has(q.id)).map((q) => scoreQuestion(q, emptyAnswer(q)))];
}

/** A student's file: `answers` maps quiz id → the questions they answered; the others are recorded unanswered. */
export function resultsFor(
  name: string,
  answers: Record<string, QuestionResult[]>,
  options: { email?: string; assignment?: Assignment; submittedAt?: string } = {},
): Promise<CurrentResultsFile> {
  const assignment = options.assignment ?? sampleAssignment;
  const attempts = new Map(
    Object.entries(answers).map(([quizId, questions]) => [quizId, attemptFor(quizId, recordedAttempt(quizId, questions), options.submittedAt)]),
  );
  return createResultsFile({
    assignment,
    learner: { name, ...(options.email ? { email: options.email } : {}) },
    quizzes: sampleQuizzes,
    attempts,
    now: new Date('2026-11-21T09:00:00.000Z'),
  });
}

/** A plausible answer to any question, varying with `seed`: right about two times in three. */
function answerFor(question: Question, seed: number): Answer {
  const pick = <T,>(list: readonly T[]) => list[seed % list.length]!;
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: seed % 3 === 0 ? pick(question.options).id : question.options.find((o) => o.correct)!.id };
    case 'multiple':
      return { type: 'multiple', optionIds: question.options.filter((o, i) => (seed % 3 === 0 ? i % 2 === 0 : o.correct)).map((o) => o.id) };
    case 'true-false':
      return { type: 'true-false', value: seed % 3 === 0 ? !question.answer : question.answer };
    case 'ordering': {
      const ids = question.items.map((item) => item.id);
      return { type: 'ordering', itemIds: seed % 3 === 0 ? [...ids].reverse() : ids };
    }
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(question.pairs.map((pair, i) => [pair.id, seed % 3 === 0 ? pick(question.pairs).id : question.pairs[i]!.id])) };
    case 'short-answer':
      return { type: 'short-answer', text: seed % 3 === 0 ? 'not sure' : (question.accept?.[0] ?? String(question.number?.value)) };
  }
}

/** Right answers to every question of a sample-course quiz, as the quiz records them. */
export function fullMarks(quizId: string): QuestionResult[] {
  const entry = sampleCourse.find((candidate) => candidate.quiz.id === quizId);
  if (!entry) throw new Error(`The sample course has no quiz "${quizId}".`);
  // answerFor answers right unless its seed is a multiple of 3.
  return entry.quiz.questions.map((q) => scoreQuestion(q, answerFor(q, 1)));
}

/** What a generated student did: whose file, for which assignment, answering which quizzes. */
export interface PlausibleResultsOptions {
  readonly assignment: Assignment;
  readonly learner: Learner;
  /** The quizzes to answer, with their data (the sample course, or the built site's). */
  readonly course: readonly CourseQuiz[];
  readonly quizIds: readonly string[];
  /** Varies the answers from one student to the next. */
  readonly seed: number;
}

/** A valid results file whose answers (to the questions drawn) are plausible and whose stated scores are right. */
export function plausibleResults({ assignment, learner, course, quizIds, seed }: PlausibleResultsOptions): Promise<CurrentResultsFile> {
  const attempts = new Map<string, QuizAttempt>();
  for (const id of quizIds) {
    const entry = course.find((candidate) => candidate.quiz.id === id);
    if (!entry) throw new Error(`The course has no quiz "${id}".`);
    // The questions an attempt asks, drawn as the quiz draws them (a pool asks some of them).
    const seedOfAttempt = attemptSeed(`s${seed}`, id, 1);
    const drawn = drawQuestions(entry.quiz, seedOfAttempt);
    const questions = drawn.map((q, k) => scoreQuestion(q, answerFor(q, seed + k * 5)));
    const points = roundPoints(questions.reduce((sum, q) => sum + q.points, 0));
    const maxPoints = roundPoints(questions.reduce((sum, q) => sum + q.maxPoints, 0));
    attempts.set(id, {
      ...attemptFor(id, questions, '2026-11-20T10:00:00.000Z', entry.contentHash),
      points,
      maxPoints,
      percent: Math.round((points / maxPoints) * 100),
      passed: isPassingScore(points, maxPoints, entry.quiz.passMark),
      seed: seedOfAttempt,
    });
  }
  return createResultsFile({
    assignment,
    learner,
    quizzes: quizIds.map((id) => ({ id, title: course.find((entry) => entry.quiz.id === id)?.quiz.title ?? id })),
    attempts,
    now: new Date('2026-11-21T09:00:00.000Z'),
  });
}

/**
 * `n` plausible, valid results files for the sample assignment, answering the questions of
 * `course` (the sample course; the browser tests and the benchmark pass the built site's, so the
 * gradebook re-scores them with the same quizzes).
 */
export async function manyResults(n: number, course: readonly CourseQuiz[] = sampleCourse): Promise<CurrentResultsFile[]> {
  const files: CurrentResultsFile[] = [];
  for (let i = 0; i < n; i += 1) {
    files.push(
      await plausibleResults({
        assignment: sampleAssignment,
        learner: { name: `Student ${String(i + 1).padStart(3, '0')}`, email: `student${i + 1}@example.edu` },
        course,
        quizIds: sampleQuizzes.map((quiz) => quiz.id),
        seed: i * 7,
      }),
    );
  }
  return files;
}
