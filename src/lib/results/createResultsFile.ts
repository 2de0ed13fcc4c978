import type { QuizAttempt } from '../../quiz/attempt';
import { isPassingScore } from '../../quiz/scoring';
import { plainText } from '../text/plainText';
import type { Assignment } from '../assignment/schema';
import { resultsChecksum } from './checksum';
import { RESULTS_FORMAT, RESULTS_VERSION, type CurrentResultsFile, type Learner } from './schema';

export interface ResultsInput {
  readonly assignment: Assignment;
  readonly learner: Learner;
  /** The assignment's quizzes in order, with the title to record for each. */
  readonly quizzes: readonly { readonly id: string; readonly title: string }[];
  /** The latest attempt at each quiz that has one (quizzes without one are left out). */
  readonly attempts: ReadonlyMap<string, QuizAttempt>;
  readonly now: Date;
}

/** Late means submitted after the assignment's due instant. */
export function isLate(submittedAt: string, due: string | undefined): boolean {
  return due !== undefined && Date.parse(submittedAt) > Date.parse(due);
}

/**
 * Passed against the assignment's pass mark when it sets one, otherwise as the quiz itself
 * judged it. The exact share decides (`isPassingScore`), never the rounded percent.
 */
export function isPassed(attempt: QuizAttempt, passMark: number | undefined): boolean {
  return passMark === undefined ? attempt.passed : isPassingScore(attempt.points, attempt.maxPoints, passMark);
}

/** The results file for an assignment, checksum included. */
export async function createResultsFile(input: ResultsInput): Promise<CurrentResultsFile> {
  const { assignment, learner, attempts, now } = input;
  const quizzes: CurrentResultsFile['quizzes'] = input.quizzes.flatMap(({ id, title }) => {
    const attempt = attempts.get(id);
    if (!attempt) return [];
    return [{
      quizId: id,
      title,
      contentHash: attempt.contentHash,
      ...(attempt.seed === undefined ? {} : { seed: attempt.seed }),
      points: attempt.points,
      maxPoints: attempt.maxPoints,
      percent: attempt.percent,
      passed: isPassed(attempt, assignment.passMark),
      submittedAt: attempt.submittedAt,
      late: isLate(attempt.submittedAt, assignment.due),
      questions: attempt.questions,
    }];
  });
  const email = learner.email === undefined ? undefined : plainText(learner.email).trim();
  const unsigned = {
    format: RESULTS_FORMAT,
    v: RESULTS_VERSION,
    assignmentId: assignment.id,
    assignmentTitle: assignment.title,
    assignment,
    learner: { name: plainText(learner.name).trim(), ...(email ? { email } : {}) },
    exportedAt: now.toISOString(),
    quizzes,
  } as const;
  return { ...unsigned, checksum: await resultsChecksum(unsigned) };
}
