/**
 * `npm run quiz-report`: every quiz validated and linted as the build does it, with the lint's
 * errors and warnings and the level mix per module. For authors: faster than a build, and it
 * prints warnings the build only mentions.
 */
import path from 'node:path';
import { loadQuizModules } from '../plugins/content-validation/load-quiz-modules';
import { lintQuizzes } from '../src/quiz/lint';
import { levelMixByModule } from '../src/quiz/levelMix';
import { LEVELS } from '../src/quiz/schema/common';
import type { Quiz } from '../src/quiz/schema';
import { validateQuizzes } from '../src/quiz/validate';
import { assessmentPolicyProblems } from '../tests/support/assessmentPolicy';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const modules = await loadQuizModules(root);
  const invalid = validateQuizzes(modules);
  if (invalid.length > 0) {
    console.log(`${invalid.length} validation error(s):\n${invalid.map((e) => `  - ${e}`).join('\n')}`);
    process.exitCode = 1;
    return;
  }
  const quizzes = modules.map(({ lessonFile, data }) => ({ lessonFile, quiz: data as Quiz }));
  const { errors, warnings } = lintQuizzes(quizzes);
  console.log(`Assessment lint: ${errors.length} error(s), ${warnings.length} warning(s)`);
  for (const error of errors) console.log(`  error: ${error}`);
  for (const warning of warnings) console.log(`  warning: ${warning}`);
  console.log('\nLevel mix (questions per level; share at apply or above):');
  for (const mix of levelMixByModule(quizzes)) {
    const counts = [...LEVELS, 'untagged' as const].map((level) => `${level} ${mix.counts[level]}`).join(', ');
    console.log(`  ${mix.group}: ${mix.total} questions (${counts}); apply+ ${Math.round(mix.higherShare * 100)} %`);
  }
  const policy = assessmentPolicyProblems(quizzes);
  console.log(`\nCourse assessment policy: ${policy.length} problem(s)`);
  for (const problem of policy) console.log(`  policy: ${problem}`);
  if (errors.length > 0 || policy.length > 0) process.exitCode = 1;
}

void main();
