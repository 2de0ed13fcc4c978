import type { Question } from '../schema';
import type { Answer } from '../types';

type Of<T extends { type: string }, K extends string> = Extract<T, { type: K }>;

/** What every question part gets: its question, the learner's answer and a way to change it. */
export interface PartProps<K extends Question['type']> {
  readonly question: Of<Question, K>;
  readonly answer: Of<Answer, K>;
  readonly onAnswer: (answer: Of<Answer, K>) => void;
  /** Unique within the page: prefix for ids and radio group names. */
  readonly name: string;
  /** Seed for shuffling options, or null for the authored order. */
  readonly seed: string | null;
  /** Says something in the quiz's polite live region. */
  readonly announce: (message: string) => void;
}
