/**
 * Build-time checks of the course's typed data. `docusaurus build` (and `start`) fail with a
 * message that names the file and the item when a quiz or a timeline event is malformed, so a
 * mistake never reaches a learner.
 *
 * The checks themselves are pure functions beside the components they serve; this plugin only
 * finds the data, loads it and reports.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { assertValidQuizzes } from '../../src/components/Quiz/validate';
import { loadQuizModules } from './load-quiz-modules';

export default function contentValidation(context: LoadContext): Plugin {
  const { siteDir } = context;
  return {
    name: 'silicon-statecraft-content-validation',

    getPathsToWatch() {
      return [path.join(siteDir, 'docs/**/*.quiz.ts'), path.join(siteDir, 'src/data/**/*.ts')];
    },

    async loadContent() {
      const modules = await loadQuizModules(siteDir);
      // Throws one error that lists every problem in every quiz, naming lesson, quiz and question.
      assertValidQuizzes(modules);
      return { quizCount: modules.length };
    },
  };
}
