/**
 * The progress store: what a learner has done, kept in this browser. Today it holds quiz
 * attempts; the course-wide progress tracker builds on the same storage module and key namespace.
 */
export { quizProgressKey, readQuizProgress, saveQuizAttempt, withAttempt, STORAGE_NAMESPACE } from './quizProgress';
export type { BestScore, QuizProgress } from './quizProgress';
export { useQuizProgress } from './useQuizProgress';
