/**
 * Writes the catalogue of assignable items (src/data/catalogue.ts) as a data module, derived at
 * build time from the docs plugin's own metadata and the quizzes the content-validation plugin
 * has loaded and checked, so that the assignment pages always list the lessons and quizzes the
 * site actually has.
 *
 * A module, not global data: global data is inlined into every page, and the catalogue grows
 * with every lesson. Only the pages that use it import it (src/data/useCatalogue.ts); the landing
 * page loads it after mount, and the sidebar only a lesson-to-quiz map, for a learner with
 * progress (src/data/useLazyCatalogue.ts).
 */
import type { Plugin } from '@docusaurus/types';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import { CONTENT_VALIDATION_PLUGIN, type ValidatedContent } from '../content-validation';
import {
  buildCatalogue,
  CATALOGUE_FILE,
  CATALOGUE_PLUGIN,
  LESSON_QUIZZES_FILE,
  lessonQuizzes,
  type DocFacts,
} from '../../src/data/catalogue';
import { courseModules } from '../../src/data/modules';

export default function catalogue(): Plugin {
  return {
    name: CATALOGUE_PLUGIN,

    async allContentLoaded({ allContent, actions }) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const docs: DocFacts[] = (docsContent?.loadedVersions[0]?.docs ?? []).map((doc) => ({
        id: doc.id,
        title: doc.title,
        permalink: doc.permalink,
        file: doc.source.replace(/^@site\//, ''),
      }));
      const validated = allContent[CONTENT_VALIDATION_PLUGIN]?.default as ValidatedContent | undefined;
      if (!validated) throw new Error('catalogue: the content-validation plugin has loaded no quizzes.');
      const quizzes = validated.quizzes;
      const catalogue = buildCatalogue(courseModules, docs, quizzes);
      // Compact JSON: it is shipped to the browser as is.
      await actions.createData(CATALOGUE_FILE, JSON.stringify(catalogue));
      await actions.createData(LESSON_QUIZZES_FILE, JSON.stringify(lessonQuizzes(catalogue)));
    },
  };
}
