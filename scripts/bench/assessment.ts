/**
 * The assessment figures `npm run bench` prints: the assessment lint's warnings with their count,
 * and what the questions ask learners to do (level mix) per module and for the final assessment.
 */
import { loadQuizModules } from '../../plugins/content-validation/load-quiz-modules';
import { lintQuizzes } from '../../src/quiz/lint';
import { levelMixByModule } from '../../src/quiz/levelMix';
import { LEVELS } from '../../src/quiz/schema/common';
import type { Quiz } from '../../src/quiz/schema';

export async function printAssessment(root: string, table: (headers: string[], rows: (string | number)[][]) => void): Promise<void> {
  const modules = await loadQuizModules(root);
  const quizzes = modules.map(({ lessonFile, data }) => ({ lessonFile, quiz: data as Quiz }));
  const { errors, warnings } = lintQuizzes(quizzes);
  console.log('## Assessment\n');
  console.log(`Assessment lint: ${errors.length} error(s), ${warnings.length} warning(s)`);
  warnings.forEach((warning) => console.log(`  warning: ${warning}`));
  console.log('\nWhat the questions ask learners to do (pools, all questions):\n');
  table(
    ['Module or quiz', 'Questions', ...LEVELS, 'untagged', 'apply or above'],
    levelMixByModule(quizzes).map((mix) => [
      mix.group,
      mix.total,
      ...LEVELS.map((level) => mix.counts[level]),
      mix.counts.untagged,
      `${Math.round(mix.higherShare * 100)} %`,
    ]),
  );
}
