/**
 * Re-scoring one quiz result of a results file with the course's own quiz: a file says what the
 * student answered, and everything else (points, pass, late) is worked out here again rather than
 * taken from the file.
 *
 * - Only the questions the attempt records are scored, each once: with question pools an attempt
 *   holds the questions drawn for it, so the maximum is theirs, not the whole quiz's.
 * - A recorded question the quiz no longer has cannot be scored; it is listed (`unscored`), and
 *   the attempt is on an older version of the quiz anyway (`version`).
 * - Pass or fail: `isPassingScore` on the exact share, against the assignment's pass mark when it
 *   sets one, else the quiz's. Late: submitted after the assignment's due date, by the student's
 *   clock (`submittedAt` comes from their browser).
 */
import type { QuestionResult } from '../../quiz/attempt';
import { roundPoints } from '../../quiz/points';
import { isPassingScore, percentOf, scoreQuestion } from '../../quiz/scoring';
import type { Assignment } from '../assignment/schema';
import { isLate } from '../results/createResultsFile';
import type { QuizResult } from '../results/schema';
import type { CourseQuiz } from './courseQuizzes';

/** What an assignment asks for: known from its link, or from a version-2 results file. */
export type AssignmentTerms = Pick<Assignment, 'items' | 'due' | 'passMark'>;

export const QUIZ_VERSIONS = ['current', 'older', 'unrecorded'] as const;
/** The quiz version attempted: this one, an older one, or not recorded (a version-1 file). */
export type QuizVersion = (typeof QUIZ_VERSIONS)[number];

/** What a file claims that the re-score decides differently. */
export type Difference = 'score' | 'passed' | 'late';

export interface Rescored {
  readonly quizId: string;
  readonly submittedAt: string;
  readonly points: number;
  readonly maxPoints: number;
  /** Whole percent, for display only. */
  readonly percent: number;
  readonly passed: boolean;
  /** Null while the due date is unknown (a version-1 file, and no assignment link given). */
  readonly late: boolean | null;
  readonly questions: readonly QuestionResult[];
  readonly version: QuizVersion;
  /** Recorded question ids the quiz does not have now. */
  readonly unscored: readonly string[];
  /** What the file stated. */
  readonly stated: Pick<QuizResult, 'points' | 'maxPoints' | 'passed' | 'late'>;
  readonly differences: readonly Difference[];
}

export function rescoreResult(result: QuizResult, course: CourseQuiz, terms: AssignmentTerms | null): Rescored {
  const byId = new Map(course.quiz.questions.map((question) => [question.id, question]));
  const seen = new Set<string>();
  const questions: QuestionResult[] = [];
  const unscored: string[] = [];
  for (const recorded of result.questions) {
    if (seen.has(recorded.questionId)) continue;
    seen.add(recorded.questionId);
    const question = byId.get(recorded.questionId);
    if (question) questions.push(scoreQuestion(question, recorded.answer));
    else unscored.push(recorded.questionId);
  }
  const points = roundPoints(questions.reduce((sum, question) => sum + question.points, 0));
  const maxPoints = roundPoints(questions.reduce((sum, question) => sum + question.maxPoints, 0));
  const passed = isPassingScore(points, maxPoints, terms?.passMark ?? course.quiz.passMark);
  const late = terms === null ? null : isLate(result.submittedAt, terms.due);
  const version: QuizVersion =
    result.contentHash === undefined ? 'unrecorded' : result.contentHash === course.contentHash ? 'current' : 'older';
  const differences: Difference[] = [];
  if (roundPoints(result.points) !== points || roundPoints(result.maxPoints) !== maxPoints) differences.push('score');
  if (result.passed !== passed) differences.push('passed');
  if (late !== null && result.late !== late) differences.push('late');
  return {
    quizId: result.quizId,
    submittedAt: result.submittedAt,
    points,
    maxPoints,
    percent: percentOf(points, maxPoints),
    passed,
    late,
    questions,
    version,
    unscored,
    stated: { points: result.points, maxPoints: result.maxPoints, passed: result.passed, late: result.late },
    differences,
  };
}
