export type Answer =
  | { type: 'single'; optionId: string | null }
  | { type: 'multiple'; optionIds: string[] }
  | { type: 'true-false'; value: boolean | null }
  | { type: 'ordering'; itemIds: string[] }
  | { type: 'matching'; matches: Record<string, string | null> }
  | { type: 'short-answer'; text: string };
export interface QuestionResult { questionId: string; answer: Answer; points: number; maxPoints: number; correct: boolean }
export interface QuizAttempt { quizId: string; contentHash: string; attempt: number; startedAt: string; submittedAt: string; points: number; maxPoints: number; percent: number; passed: boolean; questions: QuestionResult[] }
