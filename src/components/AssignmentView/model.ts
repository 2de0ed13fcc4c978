/**
 * What the student's assignment page shows, from the assignment, the catalogue and the saved
 * attempts. Pure.
 */
import type { QuizAttempt } from '@site/src/quiz/attempt';
import { quizIdsOfItem, type Catalogue } from '@site/src/data/catalogue';
import type { Assignment, AssignmentItem } from '@site/src/lib/assignment/schema';
import { isPassed } from '@site/src/lib/results/createResultsFile';

export interface QuizEntry {
  readonly id: string;
  readonly title: string;
  readonly href: string | null;
}

export interface ItemEntry {
  readonly item: AssignmentItem;
  /** The catalogue's title; the id when this version of the course does not have the item. */
  readonly title: string;
  readonly href: string | null;
  readonly isKnown: boolean;
  readonly quizzes: readonly QuizEntry[];
}

export type QuizStatus =
  | { readonly state: 'not-started' }
  | { readonly state: 'attempted'; readonly percent: number }
  | { readonly state: 'passed'; readonly percent: number };

export function quizEntry(id: string, catalogue: Catalogue): QuizEntry {
  const quiz = catalogue.quizzes.find((candidate) => candidate.id === id);
  return { id, title: quiz?.title ?? id, href: quiz?.href ?? null };
}

export function describeItems(assignment: Assignment, catalogue: Catalogue): ItemEntry[] {
  return assignment.items.map((item) => {
    const found =
      item.kind === 'module'
        ? catalogue.modules.find((module) => module.id === item.id)
        : item.kind === 'lesson'
          ? catalogue.lessons.find((lesson) => lesson.id === item.id)
          : catalogue.quizzes.find((quiz) => quiz.id === item.id);
    return {
      item,
      title: found?.title ?? item.id,
      href: found?.href ?? null,
      isKnown: found !== undefined,
      quizzes: quizIdsOfItem(item, catalogue).map((id) => quizEntry(id, catalogue)),
    };
  });
}

/** Every quiz of the assignment, once, in order: what the results file reports on. */
export function assignmentQuizzes(entries: readonly ItemEntry[]): QuizEntry[] {
  const seen = new Map<string, QuizEntry>();
  for (const entry of entries) for (const quiz of entry.quizzes) if (!seen.has(quiz.id)) seen.set(quiz.id, quiz);
  return [...seen.values()];
}

export function quizStatus(attempt: QuizAttempt | undefined, passMark: number | undefined): QuizStatus {
  if (!attempt) return { state: 'not-started' };
  return isPassed(attempt, passMark) ? { state: 'passed', percent: attempt.percent } : { state: 'attempted', percent: attempt.percent };
}
