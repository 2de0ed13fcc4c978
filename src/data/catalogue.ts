/**
 * What an instructor can assign: the course's modules, its lessons and its quizzes, with their
 * titles and addresses. The build derives it from the docs themselves (plugins/catalogue), so it
 * stays true as lessons are added or renamed. Pages that list the course read it with `useCatalogue()`;
 * the landing page loads it after mount with `useLazyCatalogue()`, and the sidebar only its
 * lesson-to-quiz map with `useLessonQuizzes()`.
 *
 * - a lesson is a doc inside a module folder other than the module's overview and checkpoint;
 * - a quiz is a `*.quiz.ts` module beside a doc: its id is the quiz's own `id`, its page the doc's;
 * - a module's quizzes are its lessons' quizzes and its checkpoint; a quiz outside every module
 *   (the final assessment) has `moduleId: null`.
 */
import type { AssignmentItem } from '@site/src/lib/assignment/schema';

export const CATALOGUE_PLUGIN = 'silicon-statecraft-catalogue';
/** The data modules the plugin writes: `@generated/silicon-statecraft-catalogue/default/<file>`. */
export const CATALOGUE_FILE = 'catalogue.json';
export const LESSON_QUIZZES_FILE = 'lesson-quizzes.json';

export interface CatalogueModule {
  readonly id: string;
  readonly title: string;
  readonly href: string;
  readonly lessonIds: readonly string[];
  readonly quizIds: readonly string[];
}

export interface CatalogueLesson {
  /** The doc id: `semiconductors/how-chips-are-made`. */
  readonly id: string;
  readonly title: string;
  readonly href: string;
  readonly moduleId: string;
  readonly quizId: string | null;
}

export interface CatalogueQuiz {
  readonly id: string;
  readonly title: string;
  readonly href: string;
  readonly moduleId: string | null;
}

export interface Catalogue {
  readonly modules: readonly CatalogueModule[];
  readonly lessons: readonly CatalogueLesson[];
  readonly quizzes: readonly CatalogueQuiz[];
}

/**
 * Every lesson's quiz (null for a lesson without one), by doc id: all the sidebar needs to mark
 * lessons, a fraction of the catalogue's size.
 */
export type LessonQuizzes = Readonly<Record<string, string | null>>;

export function lessonQuizzes(catalogue: Catalogue): LessonQuizzes {
  return Object.fromEntries(catalogue.lessons.map((lesson) => [lesson.id, lesson.quizId]));
}

/** The docs' facts the catalogue needs (a subset of the docs plugin's metadata). */
export interface DocFacts {
  readonly id: string;
  readonly title: string;
  readonly permalink: string;
  /** `docs/03-semiconductors/02-x.mdx`, relative to the site. */
  readonly file: string;
}

export interface QuizFacts {
  /** The doc the quiz sits beside, relative to the site. */
  readonly lessonFile: string;
  readonly id: string;
  readonly title: string;
}

interface ModuleFacts {
  readonly id: string;
  readonly title: string;
  readonly href: string;
}

const NOT_LESSONS = new Set(['index', 'checkpoint']);

/** Pure: the catalogue from the docs, the quiz modules and the course's module list. */
export function buildCatalogue(
  modules: readonly ModuleFacts[],
  docs: readonly DocFacts[],
  quizzes: readonly QuizFacts[],
): Catalogue {
  const docByFile = new Map(docs.map((doc) => [doc.file, doc]));
  const moduleIds = new Set(modules.map((module) => module.id));
  const moduleOf = (docId: string): string | null => {
    const first = docId.split('/')[0]!;
    return docId.includes('/') && moduleIds.has(first) ? first : null;
  };

  const catalogueQuizzes: CatalogueQuiz[] = [];
  const quizByDocId = new Map<string, string>();
  for (const quiz of quizzes) {
    const doc = docByFile.get(quiz.lessonFile);
    if (!doc) continue;
    quizByDocId.set(doc.id, quiz.id);
    catalogueQuizzes.push({ id: quiz.id, title: quiz.title, href: doc.permalink, moduleId: moduleOf(doc.id) });
  }

  const lessons: CatalogueLesson[] = docs
    .filter((doc) => {
      const moduleId = moduleOf(doc.id);
      return moduleId !== null && !NOT_LESSONS.has(doc.id.slice(moduleId.length + 1));
    })
    .sort((a, b) => a.file.localeCompare(b.file))
    .map((doc) => ({
      id: doc.id,
      title: doc.title,
      href: doc.permalink,
      moduleId: moduleOf(doc.id)!,
      quizId: quizByDocId.get(doc.id) ?? null,
    }));

  return {
    modules: modules.map((module) => ({
      id: module.id,
      title: module.title,
      href: module.href,
      lessonIds: lessons.filter((lesson) => lesson.moduleId === module.id).map((lesson) => lesson.id),
      quizIds: catalogueQuizzes.filter((quiz) => quiz.moduleId === module.id).map((quiz) => quiz.id),
    })),
    lessons,
    quizzes: catalogueQuizzes,
  };
}

/** The quiz ids an item covers (a module: all of its quizzes). */
export function quizIdsOfItem(item: AssignmentItem, catalogue: Catalogue): string[] {
  switch (item.kind) {
    case 'module':
      return [...(catalogue.modules.find((module) => module.id === item.id)?.quizIds ?? [])];
    case 'lesson': {
      const quizId = catalogue.lessons.find((lesson) => lesson.id === item.id)?.quizId;
      return quizId ? [quizId] : [];
    }
    case 'quiz':
      return [item.id];
  }
}

/** Every quiz an assignment covers, once each, in the order the items list them. */
export function quizIdsOfAssignment(items: readonly AssignmentItem[], catalogue: Catalogue): string[] {
  return [...new Set(items.flatMap((item) => quizIdsOfItem(item, catalogue)))];
}

/**
 * Drops items that another chosen item already covers (a lesson inside a chosen module, a quiz
 * of a chosen lesson or module), so links stay short and each quiz is listed once.
 */
export function withoutCoveredItems(items: readonly AssignmentItem[], catalogue: Catalogue): AssignmentItem[] {
  const chosenModules = new Set(items.filter((item) => item.kind === 'module').map((item) => item.id));
  const lessonModule = new Map(catalogue.lessons.map((lesson) => [lesson.id, lesson.moduleId]));
  const coveredQuizzes = new Set(
    items.filter((item) => item.kind !== 'quiz').flatMap((item) => quizIdsOfItem(item, catalogue)),
  );
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.kind}:${item.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (item.kind === 'lesson') return !chosenModules.has(lessonModule.get(item.id) ?? '');
    if (item.kind === 'quiz') return !coveredQuizzes.has(item.id);
    return true;
  });
}
