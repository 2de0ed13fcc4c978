/**
 * The shapes of a learner's answers and attempts. The instructor tools read saved attempts, so
 * these shapes are a contract: change them only together with those tools.
 */

export type Answer =
  | { type: 'single'; optionId: string | null }
  | { type: 'multiple'; optionIds: string[] }
  | { type: 'true-false'; value: boolean | null }
  /** The learner's order of item ids. */
  | { type: 'ordering'; itemIds: string[] }
  /** Pair id (the term) → id of the pair whose `match` text was chosen. */
  | { type: 'matching'; matches: Record<string, string | null> }
  | { type: 'short-answer'; text: string };

export interface QuestionResult {
  questionId: string;
  answer: Answer;
  points: number;
  maxPoints: number;
  /** Full marks. */
  correct: boolean;
}

export interface QuizAttempt {
  quizId: string;
  contentHash: string;
  attempt: number;
  startedAt: string;
  submittedAt: string;
  points: number;
  maxPoints: number;
  percent: number;
  passed: boolean;
  questions: QuestionResult[];
}
