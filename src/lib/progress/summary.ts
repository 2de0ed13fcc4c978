/**
 * Pure: what the progress page, the sidebar and the completion page show, from the progress
 * document and the course catalogue (src/data/catalogue.ts).
 */
import type { Catalogue, CatalogueLesson, CatalogueQuiz } from '../../data/catalogue';
import type { BestScore, ProgressDocument } from './schema';

export const LESSON_STATUSES = ['not-started', 'in-progress', 'completed'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];

export const FINAL_QUIZ_ID = 'final-assessment';

export function isEmptyProgress(progress: ProgressDocument): boolean {
  return Object.keys(progress.lessons).length === 0 && Object.keys(progress.quizzes).length === 0;
}

/** Completed when its quiz was passed (or recorded as completed); in progress once opened. */
export function lessonStatus(progress: ProgressDocument, lesson: Pick<CatalogueLesson, 'id' | 'quizId'>): LessonStatus {
  const entry = progress.lessons[lesson.id];
  const isPassed = lesson.quizId !== null && progress.quizzes[lesson.quizId]?.best.passed === true;
  if (entry?.completedAt !== undefined || isPassed) return 'completed';
  return entry || (lesson.quizId !== null && progress.quizzes[lesson.quizId]) ? 'in-progress' : 'not-started';
}

export interface LessonRow {
  readonly lesson: CatalogueLesson;
  readonly status: LessonStatus;
  readonly best: BestScore | null;
}

export interface ModuleRow {
  readonly id: string;
  readonly title: string;
  readonly href: string;
  readonly lessons: readonly LessonRow[];
  /** The module's quizzes outside its lessons (the checkpoint). */
  readonly checkpoints: readonly { readonly quiz: CatalogueQuiz; readonly best: BestScore | null }[];
  readonly isCompleted: boolean;
}

export interface ProgressSummary {
  readonly modules: readonly ModuleRow[];
  readonly completedLessons: number;
  readonly totalLessons: number;
  /** Whole per cent of lessons completed. */
  readonly percent: number;
  readonly lastActivityAt: string | null;
  /** Where "Continue where you left off" leads, or null when every lesson is done. */
  readonly continueWith: CatalogueLesson | null;
  readonly hasProgress: boolean;
}

const bestScoreOf = (progress: ProgressDocument, quizId: string | null): BestScore | null =>
  (quizId !== null && progress.quizzes[quizId]?.best) || null;

/**
 * The next lesson: the lesson of the last activity if it is not completed yet, else the first
 * lesson after it that is not completed, else the first not-completed lesson of the course.
 */
export function continueLesson(progress: ProgressDocument, catalogue: Catalogue): CatalogueLesson | null {
  const lessons = catalogue.lessons;
  const isDone = (lesson: CatalogueLesson) => lessonStatus(progress, lesson) === 'completed';
  const lastId = progress.lastActivity?.docId;
  const at = lastId === undefined ? -1 : lessons.findIndex((lesson) => lesson.id === lastId);
  if (at >= 0) {
    const next = lessons.slice(at).find((lesson) => !isDone(lesson));
    if (next) return next;
  }
  return lessons.find((lesson) => !isDone(lesson)) ?? null;
}

export function summariseProgress(progress: ProgressDocument, catalogue: Catalogue): ProgressSummary {
  const lessonsById = new Map(catalogue.lessons.map((lesson) => [lesson.id, lesson]));
  const lessonQuizIds = new Set(catalogue.lessons.map((lesson) => lesson.quizId));
  const modules = catalogue.modules.map((module): ModuleRow => {
    const lessons = module.lessonIds
      .map((id) => lessonsById.get(id))
      .filter((lesson): lesson is CatalogueLesson => lesson !== undefined)
      .map((lesson) => ({ lesson, status: lessonStatus(progress, lesson), best: bestScoreOf(progress, lesson.quizId) }));
    const checkpoints = catalogue.quizzes
      .filter((quiz) => quiz.moduleId === module.id && !lessonQuizIds.has(quiz.id))
      .map((quiz) => ({ quiz, best: bestScoreOf(progress, quiz.id) }));
    const isCompleted =
      lessons.length > 0 &&
      lessons.every((row) => row.status === 'completed') &&
      checkpoints.every((row) => row.best?.passed === true);
    return { id: module.id, title: module.title, href: module.href, lessons, checkpoints, isCompleted };
  });
  const rows = modules.flatMap((module) => module.lessons);
  const completedLessons = rows.filter((row) => row.status === 'completed').length;
  const totalLessons = rows.length;
  return {
    modules,
    completedLessons,
    totalLessons,
    percent: totalLessons === 0 ? 0 : Math.floor((completedLessons / totalLessons) * 100),
    lastActivityAt: progress.lastActivity?.at ?? null,
    continueWith: continueLesson(progress, catalogue),
    hasProgress: Object.keys(progress.lessons).length > 0 || Object.keys(progress.quizzes).length > 0,
  };
}
