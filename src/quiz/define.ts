import type { Quiz } from './schema';

/**
 * Identity helper for quiz data modules: it type-checks a quiz as the author writes it.
 * It lives apart from `schema.ts` so that a lesson page imports no zod at run time.
 */
export function defineQuiz(quiz: Quiz): Quiz {
  return quiz;
}
