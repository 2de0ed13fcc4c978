/**
 * @jest-environment node
 */
/*
 * The course's assessment policy (tests/support/assessmentPolicy.ts) holds for every quiz: pools
 * everywhere, every question levelled, at least 40 % of each pool at apply or above, and a final
 * assessment of at least 60 questions of its own drawing 24–30, half at apply or above.
 */
import path from 'node:path';
import { loadQuizModules } from '@site/plugins/content-validation/load-quiz-modules';
import type { Quiz } from '@site/src/quiz/schema';
import { assessmentPolicyProblems } from '../../support/assessmentPolicy';

it('every quiz meets the course’s assessment policy', async () => {
  const modules = await loadQuizModules(path.resolve(__dirname, '../../..'));
  expect(assessmentPolicyProblems(modules.map(({ lessonFile, data }) => ({ lessonFile, quiz: data as Quiz })))).toEqual([]);
});

it('names the quiz and what is missing when a pool breaks the policy', () => {
  const quiz: Quiz = {
    id: 'thin',
    title: 'Thin',
    questions: [{ id: 'q1', type: 'true-false', prompt: 'A statement.', answer: true, level: 'recall' }],
  };
  expect(assessmentPolicyProblems([{ lessonFile: 'docs/01-x/01-y.mdx', quiz }])).toEqual([
    'docs/01-x/01-y.mdx: quiz "thin": not pooled (no `draw`)',
    'docs/01-x/01-y.mdx: quiz "thin": 0 % of its questions are at apply, analyse or evaluate (needs 40 %)',
  ]);
});
