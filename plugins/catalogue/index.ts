/**
 * Publishes the catalogue of assignable items (src/data/catalogue.ts) as global data, derived at
 * build time from the docs plugin's own metadata and the quiz modules beside the lessons, so that
 * the assignment pages always list the lessons and quizzes the site actually has.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import { loadQuizModules } from '../content-validation/load-quiz-modules';
import { buildCatalogue, CATALOGUE_PLUGIN, type DocFacts, type QuizFacts } from '../../src/data/catalogue';
import { courseModules } from '../../src/data/modules';

function quizFacts(lessonFile: string, data: unknown): QuizFacts | null {
  if (data === null || typeof data !== 'object') return null;
  const { id, title } = data as { id?: unknown; title?: unknown };
  // Malformed quizzes are reported by the content-validation plugin; here they are left out.
  return typeof id === 'string' && typeof title === 'string' ? { lessonFile, id, title } : null;
}

export default function catalogue(context: LoadContext): Plugin {
  const { siteDir } = context;
  return {
    name: CATALOGUE_PLUGIN,

    getPathsToWatch() {
      return [path.join(siteDir, 'docs/**/*.quiz.ts')];
    },

    async loadContent() {
      const modules = await loadQuizModules(siteDir);
      return modules
        .map((module) => quizFacts(module.lessonFile, module.data))
        .filter((facts): facts is QuizFacts => facts !== null);
    },

    async allContentLoaded({ allContent, actions }) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const docs: DocFacts[] = (docsContent?.loadedVersions[0]?.docs ?? []).map((doc) => ({
        id: doc.id,
        title: doc.title,
        permalink: doc.permalink,
        file: doc.source.replace(/^@site\//, ''),
      }));
      const quizzes = (allContent[CATALOGUE_PLUGIN]?.default as QuizFacts[] | undefined) ?? [];
      actions.setGlobalData(buildCatalogue(courseModules, docs, quizzes));
    },
  };
}
