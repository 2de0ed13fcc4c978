import { useReducer } from 'react';
import type { Answer, QuizAttempt } from '@site/src/quiz/attempt';
import type { Quiz } from '@site/src/quiz/schema';
import { scoreQuestion } from '@site/src/quiz/scoring';
import { modelOf } from '@site/src/quiz/types';

export interface QuizState {
  /** Attempts started on this page; part of the ordering questions' seed. */
  readonly round: number;
  /**
   * Seed for shuffling options, or null for the authored order. It stays null on the server and
   * in the first client render (so they match) and is set after mount when the quiz shuffles.
   */
  readonly seed: string | null;
  readonly answers: Readonly<Record<string, Answer>>;
  /** Questions whose "Check" was pressed since their answer last changed. */
  readonly checked: Readonly<Record<string, boolean>>;
  /**
   * Questions answered with help in this attempt (a "Check" that showed them wrong, the hint
   * opened, or wrong in the attempt before a retry): right answers to them review as "hard".
   */
  readonly helped: Readonly<Record<string, true>>;
  readonly startedAt: string | null;
  /** The attempt just submitted, shown as result and review. */
  readonly submitted: QuizAttempt | null;
}

export type QuizAction =
  | { readonly type: 'answer'; readonly questionId: string; readonly answer: Answer; readonly now: string }
  | { readonly type: 'check'; readonly questionId: string }
  | { readonly type: 'hint'; readonly questionId: string }
  | { readonly type: 'reseed'; readonly seed: string }
  | { readonly type: 'submit'; readonly attempt: QuizAttempt }
  | { readonly type: 'retry'; readonly seed: string | null };

/**
 * Each question's starting answer (an ordering question starts in a seeded order that is never the
 * correct one). The seed is the same on server and client (quiz id, question id and round), so the
 * pre-rendered page matches the first render.
 */
export function initialAnswers(quiz: Quiz, round: number): Record<string, Answer> {
  return Object.fromEntries(
    quiz.questions.map((question) => [
      question.id,
      modelOf(question.type).initialAnswer(question, `${quiz.id}:${question.id}:${round}`),
    ]),
  );
}

export function initialState(quiz: Quiz): QuizState {
  return { round: 0, seed: null, answers: initialAnswers(quiz, 0), checked: {}, helped: {}, startedAt: null, submitted: null };
}

export function quizReducer(quiz: Quiz, state: QuizState, action: QuizAction): QuizState {
  switch (action.type) {
    case 'answer':
      return {
        ...state,
        answers: { ...state.answers, [action.questionId]: action.answer },
        checked: { ...state.checked, [action.questionId]: false },
        startedAt: state.startedAt ?? action.now,
      };
    case 'check': {
      const question = quiz.questions.find((candidate) => candidate.id === action.questionId);
      const answer = state.answers[action.questionId];
      const isWrong = question !== undefined && answer !== undefined && !scoreQuestion(question, answer).correct;
      const helped = isWrong ? { ...state.helped, [action.questionId]: true as const } : state.helped;
      return { ...state, checked: { ...state.checked, [action.questionId]: true }, helped };
    }
    case 'hint':
      return { ...state, helped: { ...state.helped, [action.questionId]: true } };
    case 'reseed':
      return { ...state, seed: action.seed };
    case 'submit':
      return { ...state, submitted: action.attempt };
    case 'retry': {
      const round = state.round + 1;
      const missed = state.submitted?.questions.filter((result) => !result.correct) ?? [];
      const helped = Object.fromEntries(missed.map((result) => [result.questionId, true as const]));
      return { round, seed: action.seed, answers: initialAnswers(quiz, round), checked: {}, helped, startedAt: null, submitted: null };
    }
  }
}

export function useQuizState(quiz: Quiz) {
  return useReducer((state: QuizState, action: QuizAction) => quizReducer(quiz, state, action), quiz, initialState);
}
