/**
 * Scoring a question and a quiz, and the one pass-or-fail verdict. Pure: the quiz component,
 * the gradebook and the tests all call these. Each type's credit rule lives in its folder.
 */
import type { Answer, QuestionResult } from './attempt';
import { roundPoints } from './points';
import type { Question, Quiz } from './schema';
import { modelOf } from './types';

/** Share of points needed to pass, in percent, when a quiz does not set `passMark`. */
export const DEFAULT_PASS_MARK = 70;

export function maxPointsOf(question: Question): number {
  return question.points ?? 1;
}

/**
 * Passed when the exact share of points reaches the pass mark. The one verdict used everywhere
 * (quiz, assignment, gradebook): a rounded percent is for display only, so 13.9 of 20 (69.5 %)
 * is never "70 %, passed" in one place and "not passed" in another.
 */
export function isPassingScore(points: number, maxPoints: number, passMark: number = DEFAULT_PASS_MARK): boolean {
  const exact = maxPoints === 0 ? 0 : (points / maxPoints) * 100;
  // The epsilon absorbs floating-point error in the division, never a real difference.
  return exact + 1e-9 >= passMark;
}

/** Whole percent, for display. */
export function percentOf(points: number, maxPoints: number): number {
  return maxPoints === 0 ? 0 : Math.round((points / maxPoints) * 100);
}

/** The answer of a learner who left the question alone. */
export function emptyAnswer(question: Question): Answer {
  return modelOf(question.type).emptyAnswer(question);
}

export function isAnswered(question: Question, answer: Answer): boolean {
  return answer.type === question.type && modelOf(question.type).isAnswered(answer);
}

/** Scores one answer; an answer of another type than the question (bad saved data) earns nothing. */
export function scoreQuestion(question: Question, answer: Answer): QuestionResult {
  const maxPoints = maxPointsOf(question);
  const share = answer.type === question.type ? modelOf(question.type).credit(question, answer) : 0;
  return {
    questionId: question.id,
    answer,
    points: roundPoints(share * maxPoints),
    maxPoints,
    correct: share >= 1,
  };
}

export interface QuizScore {
  readonly points: number;
  readonly maxPoints: number;
  /** Rounded to a whole percent for display; `passed` uses the exact share. */
  readonly percent: number;
  readonly passed: boolean;
  readonly questions: QuestionResult[];
}

// Own properties only: a question id such as `constructor` must not find Object.prototype's.
function ownAnswer(answers: Readonly<Record<string, Answer | undefined>>, id: string): Answer | undefined {
  return Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined;
}

/** Scores every question; a question with no answer in `answers` scores as unanswered. */
export function scoreQuiz(quiz: Quiz, answers: Readonly<Record<string, Answer | undefined>>): QuizScore {
  const questions = quiz.questions.map((question) =>
    scoreQuestion(question, ownAnswer(answers, question.id) ?? emptyAnswer(question)),
  );
  const points = roundPoints(questions.reduce((sum, result) => sum + result.points, 0));
  const maxPoints = roundPoints(questions.reduce((sum, result) => sum + result.maxPoints, 0));
  return {
    points,
    maxPoints,
    percent: percentOf(points, maxPoints),
    passed: isPassingScore(points, maxPoints, quiz.passMark),
    questions,
  };
}
