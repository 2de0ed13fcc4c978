/**
 * What an LMS package knows about itself, written by the package build (plugins/lms-export)
 * and read by the SCORM runtime: which quizzes are in the package and which one is assessed.
 */
import type { Quiz } from '../../quiz/schema';

export interface LmsPackagePlan {
  /** `foundations`, or `silicon-statecraft` for the whole course. */
  readonly id: string;
  /** Where the package opens: `/course/foundations`. */
  readonly startPath: string;
  /** The module checkpoint, or the final assessment for the course package. */
  readonly assessedQuizId: string;
  /** Every quiz the package keeps in the suspend data, the assessed one first. */
  readonly quizIds: readonly string[];
}

export interface PlannedQuiz {
  readonly quiz: Quiz;
  /** The doc the quiz is on (`foundations/checkpoint`): passing it completes that page. */
  readonly docId: string;
}

export interface LmsPlan {
  readonly packages: readonly LmsPackagePlan[];
  readonly quizzes: Readonly<Record<string, PlannedQuiz>>;
}

/** The `<meta name>` that tells a package's pages which package they are in. */
export const PACKAGE_META = 'silicon-statecraft-lms-package';
