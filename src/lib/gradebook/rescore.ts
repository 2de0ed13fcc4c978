/**
 * Re-scoring one quiz result of a results file with the course's own quiz: a file says what the
 * student answered, and everything else (points, pass, late) is worked out here again rather than
 * taken from the file.
 *
 * - The questions asked are re-derived, not taken from the file: every question of a quiz that
 *   does not draw, or the ones its recorded seed draws (`drawQuestions`). A question asked that the
 *   file leaves out is scored as unanswered (`missing`), so deleting a wrong answer gains nothing;
 *   a recorded question the attempt did not ask is not counted (`extra`). When the questions cannot
 *   be re-derived (a pooled quiz's result without its seed, or an older version of the quiz), the
 *   recorded ones are scored, each once, and the result says so (`asked: 'as-recorded'`).
 * - A recorded question the quiz no longer has cannot be scored; it is listed (`unscored`), and
 *   the attempt is on an older version of the quiz anyway (`version`).
 * - Pass or fail: `isPassingScore` on the exact share, against the assignment's pass mark when it
 *   sets one, else the quiz's. Late: submitted after the assignment's due date, by the student's
 *   clock (`submittedAt` comes from their browser).
 */
import type { QuestionResult } from '../../quiz/attempt';
import { roundPoints } from '../../quiz/points';
import { drawCount, drawQuestions } from '../../quiz/draw';
import type { Question } from '../../quiz/schema';
import { emptyAnswer, isPassingScore, percentOf, scoreQuestion } from '../../quiz/scoring';
import type { Assignment } from '../assignment/schema';
import { isLate } from '../results/createResultsFile';
import type { QuizResult } from '../results/schema';
import type { CourseQuiz } from './courseQuizzes';

/** What an assignment asks for: known from its link, or from a version-2 results file. */
export type AssignmentTerms = Pick<Assignment, 'items' | 'due' | 'passMark'>;

export const QUIZ_VERSIONS = ['current', 'older', 'unrecorded'] as const;
/** The quiz version attempted: this one, an older one, or not recorded (a version-1 file). */
export type QuizVersion = (typeof QUIZ_VERSIONS)[number];

/** What a file claims that the re-score decides differently ('questions': not the questions asked). */
export type Difference = 'score' | 'passed' | 'late' | 'questions';

/** Whether the questions scored are the ones the attempt asked ('re-derived') or those the file records. */
export type AskedQuestions = 're-derived' | 'as-recorded';

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
  readonly asked: AskedQuestions;
  /** Questions the attempt asked that the file leaves out: scored as unanswered. */
  readonly missing: readonly string[];
  /** Recorded questions the attempt did not ask: not counted. */
  readonly extra: readonly string[];
  /** What the file stated. */
  readonly stated: Pick<QuizResult, 'points' | 'maxPoints' | 'passed' | 'late'>;
  readonly differences: readonly Difference[];
}

/**
 * The questions an attempt at the current version of a quiz asked, or null when that cannot be
 * known: a quiz that draws all its questions asks every one; a pool asks what its seed draws.
 */
export function questionsAsked(quiz: CourseQuiz['quiz'], seed: string | undefined): readonly Question[] | null {
  if (drawCount(quiz) === quiz.questions.length) return quiz.questions;
  return seed === undefined ? null : drawQuestions(quiz, seed);
}

export function rescoreResult(result: QuizResult, course: CourseQuiz, terms: AssignmentTerms | null): Rescored {
  const version: QuizVersion =
    result.contentHash === undefined ? 'unrecorded' : result.contentHash === course.contentHash ? 'current' : 'older';
  const recorded = new Map<string, QuizResult['questions'][number]>();
  for (const entry of result.questions) if (!recorded.has(entry.questionId)) recorded.set(entry.questionId, entry);
  const asked = version === 'current' ? questionsAsked(course.quiz, result.seed) : null;
  const questions: QuestionResult[] = [];
  const unscored: string[] = [];
  const missing: string[] = [];
  const extra: string[] = [];
  if (asked) {
    for (const question of asked) {
      const entry = recorded.get(question.id);
      if (!entry) missing.push(question.id);
      questions.push(scoreQuestion(question, entry?.answer ?? emptyAnswer(question)));
    }
    const askedIds = new Set(asked.map((question) => question.id));
    extra.push(...[...recorded.keys()].filter((id) => !askedIds.has(id)));
  } else {
    const byId = new Map(course.quiz.questions.map((question) => [question.id, question]));
    for (const [questionId, entry] of recorded) {
      const question = byId.get(questionId);
      if (question) questions.push(scoreQuestion(question, entry.answer));
      else unscored.push(questionId);
    }
  }
  const points = roundPoints(questions.reduce((sum, question) => sum + question.points, 0));
  const maxPoints = roundPoints(questions.reduce((sum, question) => sum + question.maxPoints, 0));
  const passed = isPassingScore(points, maxPoints, terms?.passMark ?? course.quiz.passMark);
  const late = terms === null ? null : isLate(result.submittedAt, terms.due);
  const differences: Difference[] = [];
  if (roundPoints(result.points) !== points || roundPoints(result.maxPoints) !== maxPoints) differences.push('score');
  if (result.passed !== passed) differences.push('passed');
  if (late !== null && result.late !== late) differences.push('late');
  if (missing.length > 0 || extra.length > 0) differences.push('questions');
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
    asked: asked ? 're-derived' : 'as-recorded',
    missing,
    extra,
    stated: { points: result.points, maxPoints: result.maxPoints, passed: result.passed, late: result.late },
    differences,
  };
}
