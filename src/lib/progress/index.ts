/**
 * The course progress store: which lessons a learner opened and completed and their quiz
 * results, kept in this browser under one key (`silicon-statecraft:progress`).
 */
export * from './keys';
export * from './model';
export * from './schema';
export { createProgressStore, progressStore } from './store';
export type { ProgressSnapshot, ProgressStorage, ProgressStore } from './store';
export { LessonContext, loadProgressRuntime, saveQuizAttempt, useProgress, useQuizProgress, useRecordVisit } from './useProgress';
export * from './summary';
