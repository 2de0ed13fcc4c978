/**
 * The course's own assessment policy (issue "Course content, second edition"), on top of the
 * assessment lint that every quiz must pass: pools in every lesson quiz and checkpoint, every
 * question tagged with its level, at least 40 % of each pool at apply or above, and a final
 * assessment of its own with at least 60 questions, drawing 24–30, half at apply or above.
 */
import type { LintedQuiz } from '../../src/quiz/lint';
import { drawCount } from '../../src/quiz/draw';
import { levelMixOf } from '../../src/quiz/levelMix';

export const MIN_HIGHER_SHARE = 0.4;
export const FINAL = { minPool: 60, minDraw: 24, maxDraw: 30, minHigherShare: 0.5 } as const;

const percent = (share: number) => `${Math.round(share * 100)} %`;

export function assessmentPolicyProblems(quizzes: readonly LintedQuiz[]): string[] {
  const problems: string[] = [];
  for (const { lessonFile, quiz } of quizzes) {
    // The two demonstrations (every question type; a quiz written in GIFT) show formats, not a module.
    if (lessonFile === 'docs/demo-quiz.mdx' || lessonFile === 'docs/gift-quiz.mdx') continue;
    const where = `${lessonFile}: quiz "${quiz.id}"`;
    const untagged = quiz.questions.filter((question) => question.level === undefined).map((question) => question.id);
    if (untagged.length > 0) problems.push(`${where}: questions without a level: ${untagged.join(', ')}`);
    if (quiz.draw === undefined) problems.push(`${where}: not pooled (no \`draw\`)`);
    const mix = levelMixOf(quiz.id, quiz.questions);
    const isFinal = lessonFile === 'docs/final-assessment.mdx';
    const minShare = isFinal ? FINAL.minHigherShare : MIN_HIGHER_SHARE;
    if (mix.higherShare < minShare) {
      problems.push(`${where}: ${percent(mix.higherShare)} of its questions are at apply, analyse or evaluate (needs ${percent(minShare)})`);
    }
    if (isFinal) {
      if (quiz.questions.length < FINAL.minPool) problems.push(`${where}: holds ${quiz.questions.length} questions (needs ${FINAL.minPool})`);
      const draws = drawCount(quiz);
      if (draws < FINAL.minDraw || draws > FINAL.maxDraw) problems.push(`${where}: draws ${draws} (needs ${FINAL.minDraw}–${FINAL.maxDraw})`);
    }
    if ((isFinal || /\/checkpoint\.mdx$/.test(lessonFile)) && quiz.mode !== 'exam') problems.push(`${where}: must be in exam mode`);
  }
  return problems;
}
