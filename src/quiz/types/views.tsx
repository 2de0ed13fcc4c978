/**
 * Registry of the question types' views: how a question is answered (`Input`), how an answer is
 * shown beside the correct one after submitting (`Review`), and which explanations "Check" shows
 * for what was chosen. The quiz component reaches a type's views only through `viewsOf`.
 *
 * View files are the `.tsx` files under `src/quiz/`; the `.ts` files are the domain and never
 * import them (lib, plugins and the build import the domain only).
 */
import type { ReactNode } from 'react';
import type { Answer, AnswerOf } from '../attempt';
import type { Question, QuestionOf, QuestionType } from '../schema';
import { matchingViews } from './matching/views';
import { multipleChoiceViews } from './multiple/views';
import { orderingViews } from './ordering/views';
import { shortAnswerViews } from './short-answer/views';
import { singleChoiceViews } from './single/views';
import { trueFalseViews } from './true-false/views';

export interface InputProps<K extends QuestionType> {
  readonly question: QuestionOf<K>;
  readonly answer: AnswerOf<K>;
  readonly onAnswer: (answer: AnswerOf<K>) => void;
  /** Unique within the page: prefix for ids and radio group names. */
  readonly name: string;
  /** Seed for shuffling options, or null for the authored order. */
  readonly seed: string | null;
  /** Says something in the quiz's polite live region. */
  readonly announce: (message: string) => void;
}

export interface ReviewProps<K extends QuestionType> {
  readonly question: QuestionOf<K>;
  readonly answer: AnswerOf<K>;
}

/** An explanation of something the learner chose, labelled with what it explains. */
export interface Explained {
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

export interface QuestionViews<K extends QuestionType> {
  readonly type: K;
  readonly Input: (props: InputProps<K>) => ReactNode;
  readonly Review: (props: ReviewProps<K>) => ReactNode;
  /** What "Check" explains: the explanations of the choices made (the full answer waits for the review). */
  readonly explainChoices: (question: QuestionOf<K>, answer: AnswerOf<K>) => readonly Explained[];
}

export const QUESTION_VIEWS = {
  [singleChoiceViews.type]: singleChoiceViews,
  [multipleChoiceViews.type]: multipleChoiceViews,
  [trueFalseViews.type]: trueFalseViews,
  [orderingViews.type]: orderingViews,
  [matchingViews.type]: matchingViews,
  [shortAnswerViews.type]: shortAnswerViews,
} satisfies { readonly [K in QuestionType]: QuestionViews<K> };

/** A type's views widened to any question; callers pass an answer of the question's type. */
export interface AnyQuestionViews {
  readonly Input: (props: InputProps<QuestionType> & { readonly question: Question; readonly answer: Answer }) => ReactNode;
  readonly Review: (props: { readonly question: Question; readonly answer: Answer }) => ReactNode;
  readonly explainChoices: (question: Question, answer: Answer) => readonly Explained[];
}

export function viewsOf(type: QuestionType): AnyQuestionViews {
  // Safe for the same reason as `modelOf`: question and answer always share a type.
  return QUESTION_VIEWS[type] as unknown as AnyQuestionViews;
}
