import { useReducer } from 'react';
import type { Answer, QuizAttempt } from '@site/src/quiz/attempt';
import { attemptSeed, drawQuestions } from '@site/src/quiz/draw';
import type { Question, Quiz } from '@site/src/quiz/schema';
import { scoreQuestion } from '@site/src/quiz/scoring';
import { modelOf } from '@site/src/quiz/types';

/** Which attempt is on screen: its number and the learner's seed (null before it is known). */
export interface AttemptKey {
  readonly number: number;
  readonly learnerSeed: string | null;
}

export interface QuizState {
  readonly key: AttemptKey;
  /** The attempt's seed (see `attemptSeed`): draw, question order, option order, ordering start. */
  readonly seed: string;
  /** The questions this attempt asks, in order. */
  readonly questions: readonly Question[];
  readonly answers: Readonly<Record<string, Answer>>;
  /** Questions whose "Check" was pressed since their answer last changed. */
  readonly checked: Readonly<Record<string, boolean>>;
  /**
   * Questions answered with help in this attempt (a "Check" that showed them wrong, the hint
   * opened, or missed in the attempt before a retry): right answers to them review as "hard".
   */
  readonly helped: Readonly<Record<string, true>>;
  /** Exam mode: whether the learner pressed "Start" (the questions show only then). */
  readonly isStarted: boolean;
  readonly startedAt: string | null;
  /** The attempt just submitted, shown as result and review. */
  readonly submitted: QuizAttempt | null;
}

export type QuizAction =
  | { readonly type: 'begin'; readonly key: AttemptKey }
  | { readonly type: 'start'; readonly now: string }
  | { readonly type: 'answer'; readonly questionId: string; readonly answer: Answer; readonly now: string }
  | { readonly type: 'check'; readonly questionId: string }
  | { readonly type: 'hint'; readonly questionId: string }
  | { readonly type: 'submit'; readonly attempt: QuizAttempt };

/** A fresh attempt: its draw, and each question's starting answer. */
export function beginAttempt(quiz: Quiz, key: AttemptKey, helped: QuizState['helped'] = {}): QuizState {
  const seed = attemptSeed(key.learnerSeed, quiz.id, key.number);
  const questions = drawQuestions(quiz, seed);
  const answers = Object.fromEntries(
    questions.map((question) => [question.id, modelOf(question.type).initialAnswer(question, `${seed}:${question.id}`)]),
  );
  return { key, seed, questions, answers, checked: {}, helped, isStarted: false, startedAt: null, submitted: null };
}

export function quizReducer(quiz: Quiz, state: QuizState, action: QuizAction): QuizState {
  switch (action.type) {
    case 'begin': {
      // A retry: what the attempt before missed counts as helped in this one.
      const missed = state.submitted?.questions.filter((result) => !result.correct) ?? [];
      return beginAttempt(quiz, action.key, Object.fromEntries(missed.map((result) => [result.questionId, true as const])));
    }
    case 'start':
      return { ...state, isStarted: true, startedAt: state.startedAt ?? action.now };
    case 'answer':
      return {
        ...state,
        answers: { ...state.answers, [action.questionId]: action.answer },
        checked: { ...state.checked, [action.questionId]: false },
        startedAt: state.startedAt ?? action.now,
      };
    case 'check': {
      const question = state.questions.find((candidate) => candidate.id === action.questionId);
      const answer = state.answers[action.questionId];
      const isWrong = question !== undefined && answer !== undefined && !scoreQuestion(question, answer).correct;
      const helped = isWrong ? { ...state.helped, [action.questionId]: true as const } : state.helped;
      return { ...state, checked: { ...state.checked, [action.questionId]: true }, helped };
    }
    case 'hint':
      return { ...state, helped: { ...state.helped, [action.questionId]: true } };
    case 'submit':
      return { ...state, submitted: action.attempt };
  }
}

/**
 * The quiz's state. It starts with attempt 1 and no learner seed, the same on the server and in
 * the first render, so the pre-rendered page matches; the quiz begins the learner's own attempt
 * once their progress has loaded.
 */
export function useQuizState(quiz: Quiz) {
  return useReducer(
    (state: QuizState, action: QuizAction) => quizReducer(quiz, state, action),
    { number: 1, learnerSeed: null },
    (key) => beginAttempt(quiz, key),
  );
}
