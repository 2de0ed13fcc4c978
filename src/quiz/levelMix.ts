/**
 * What the course's questions ask learners to do, per module: how many recall, understand,
 * apply, analyse or evaluate, and the share at apply or above. `npm run bench` and
 * `npm run quiz-report` print it; the course's assessment policy (tests/unit/content) checks it.
 */
import { moduleOf, type LintedQuiz } from './lint';
import { LEVELS } from './schema/common';
import type { Level } from './schema';

/** Levels that ask learners to use what they know, not restate it. */
export const HIGHER_LEVELS: readonly Level[] = ['apply', 'analyse', 'evaluate'];

export interface LevelMix {
  readonly group: string;
  readonly counts: Readonly<Record<Level | 'untagged', number>>;
  readonly total: number;
  /** Share of questions at apply, analyse or evaluate, 0–1. */
  readonly higherShare: number;
}

export function levelMixOf(group: string, questions: readonly { readonly level?: Level }[]): LevelMix {
  const counts = Object.fromEntries([...LEVELS, 'untagged'].map((level) => [level, 0])) as Record<Level | 'untagged', number>;
  for (const question of questions) counts[question.level ?? 'untagged'] += 1;
  const higher = questions.filter((question) => question.level !== undefined && HIGHER_LEVELS.includes(question.level)).length;
  return { group, counts, total: questions.length, higherShare: questions.length === 0 ? 0 : higher / questions.length };
}

/** The mix per module (docs folder), and for each quiz outside a module (the final assessment). */
export function levelMixByModule(quizzes: readonly LintedQuiz[]): LevelMix[] {
  const groups = new Map<string, LintedQuiz['quiz']['questions'][number][]>();
  for (const { lessonFile, quiz } of quizzes) {
    const group = moduleOf(lessonFile);
    groups.set(group, [...(groups.get(group) ?? []), ...quiz.questions]);
  }
  return [...groups.entries()].map(([group, questions]) => levelMixOf(group, questions));
}
