/**
 * The build-time assessment lint: what makes a score measure test-taking instead of
 * understanding. It runs beside the schema validation (plugins/content-validation) on quizzes
 * that are already valid. Errors fail the build; warnings are printed and counted by
 * `npm run bench`. Every message names the lesson file, the quiz and, where there is one, the
 * question.
 *
 * - error: a hint with a distinctive word of the right answer that no wrong option has (and the
 *   prompt does not already show);
 * - error: a type's own problems (a matching question with fewer than 3 pairs);
 * - error: the same wrong-option text in more than 2 quizzes (a throwaway distractor);
 * - error: two questions in different quizzes that ask the same thing (see `similarity`);
 * - error: a pool that holds less than 1.5 times what it draws (retakes would repeat it);
 * - warning: in a module, the right single-choice option is the longest in more than 35 % of
 *   its single-choice questions, or "false" is the answer of fewer than 35 % or more than 65 %
 *   of its true/false statements (judged over 3 questions or more).
 */
import type { Question, Quiz } from './schema';
import { answerTextsOf, cuesOf, typeProblemsOf } from './types/lints';

export interface LintedQuiz {
  /** The lesson that shows the quiz, relative to the site. */
  readonly lessonFile: string;
  readonly quiz: Quiz;
}

export interface LintReport {
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/** Two questions at least this similar (Jaccard over their content words) ask the same thing. */
export const DUPLICATE_SIMILARITY = 0.6;
/** A pool must hold this many times what it draws, so a retake mostly asks new questions. */
export const MIN_POOL_RATIO = 1.5;
/** The most quizzes one wrong-option text may appear in. */
export const MAX_DISTRACTOR_REUSE = 2;
export const MAX_LONGEST_RIGHT_SHARE = 0.35;
export const FALSE_SHARE_RANGE = [0.35, 0.65] as const;
/** Shares are judged over at least this many questions: one or two statements are not a pattern. */
export const MIN_CUE_SAMPLE = 3;

const STOPWORDS = new Set(
  ('a an and are as at be been but by can could did do does for from had has have how in into is it its ' +
    'not of on or that the their them then there these they this those to was were what when where which ' +
    'who whom why will with would you your about after before between more most other over such than also ' +
    'think one two three first').split(' '),
);

/** Lower-case content words (no stopwords, no accents); words with a digit count however short. */
export function contentWords(text: string): Set<string> {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => (word.length >= 3 || /\d/.test(word)) && !STOPWORDS.has(word));
  return new Set(words);
}

/** Jaccard similarity of two word sets, 0–1. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

function questionWords(question: Question): Set<string> {
  const { right, wrong } = answerTextsOf(question);
  return contentWords([question.prompt, ...right, ...wrong].join(' '));
}

/**
 * Two wrong options are the same distractor when their content words overlap this much
 * (Jaccard): "Diplomats using social media and data to reach foreign publics" and "Diplomats must
 * use social media and data to reach foreign publics" are one distractor reworded.
 */
export const SAME_DISTRACTOR = 0.5;

function isSameDistractor(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return similarity(a, b) >= SAME_DISTRACTOR;
}

interface Distractor {
  readonly entry: LintedQuiz;
  readonly text: string;
  readonly words: ReadonlySet<string>;
}

/**
 * Each wrong option that is used, in its words or close ones, in more than the allowed number
 * of quizzes, with those uses; a use already reported with another option is not repeated.
 */
function reusedDistractors(quizzes: readonly LintedQuiz[]): Distractor[][] {
  const items: Distractor[] = quizzes.flatMap((entry) =>
    entry.quiz.questions.flatMap((question) => answerTextsOf(question).wrong.map((text) => ({ entry, text, words: contentWords(text) }))),
  );
  const groups = items
    .map((item) => items.filter((other) => other === item || isSameDistractor(item.words, other.words)))
    .filter((group) => new Set(group.map(({ entry }) => entry)).size > MAX_DISTRACTOR_REUSE)
    .sort((a, b) => new Set(b.map(({ entry }) => entry)).size - new Set(a.map(({ entry }) => entry)).size);
  const reported = new Set<Distractor>();
  return groups.filter((group) => {
    if (reported.has(group[0]!)) return false;
    group.forEach((item) => reported.add(item));
    return true;
  });
}

/** Words of the hint that only the right answer has, and the prompt does not already show. */
export function giveawayWords(question: Question): string[] {
  if (!question.hint) return [];
  const { right, wrong } = answerTextsOf(question);
  const rightWords = contentWords(right.join(' '));
  const elsewhere = contentWords([...wrong, question.prompt].join(' '));
  return [...contentWords(question.hint)].filter((word) => rightWords.has(word) && !elsewhere.has(word));
}

/** The module a quiz belongs to: its docs folder (`03-semiconductors`), or its own file. */
export function moduleOf(lessonFile: string): string {
  return /^docs\/([^/]+)\//.exec(lessonFile)?.[1] ?? lessonFile;
}

function poolProblems(quiz: Quiz): string[] {
  const { draw, questions } = quiz;
  if (draw === undefined) return [];
  const pools = typeof draw === 'number'
    ? [{ name: 'the quiz', draws: draw, holds: questions.length }]
    : Object.entries(draw).map(([section, draws]) => ({
      name: `section "${section}"`,
      draws,
      holds: questions.filter((question) => question.section === section).length,
    }));
  return pools
    .filter(({ draws, holds }) => holds < MIN_POOL_RATIO * draws)
    .map(({ name, draws, holds }) => `${name} draws ${draws} but holds ${holds}: a pool needs at least ${MIN_POOL_RATIO}× what it draws`);
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

export function lintQuizzes(quizzes: readonly LintedQuiz[]): LintReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const where = ({ lessonFile, quiz }: LintedQuiz, question?: Question) =>
    `${lessonFile}: quiz "${quiz.id}"${question ? `, question "${question.id}"` : ''}`;

  for (const entry of quizzes) {
    for (const problem of poolProblems(entry.quiz)) errors.push(`${where(entry)}: ${problem}`);
    for (const question of entry.quiz.questions) {
      const given = giveawayWords(question);
      if (given.length > 0) {
        errors.push(`${where(entry, question)}: the hint gives the answer away: it says ${given.map((w) => `"${w}"`).join(', ')}, which only the right answer has`);
      }
      for (const problem of typeProblemsOf(question)) errors.push(`${where(entry, question)}: ${problem}`);
    }
  }

  // Throwaway distractors: the same wrong option, or a rewording of it, reused across the course.
  for (const cluster of reusedDistractors(quizzes)) {
    const usedIn = new Set(cluster.map(({ entry }) => where(entry)));
    if (usedIn.size > MAX_DISTRACTOR_REUSE) {
      const texts = [...new Set(cluster.map(({ text }) => `"${text}"`))];
      errors.push(`the wrong option ${texts[0]} appears, in these words or close ones (${texts.join(', ')}), in ${usedIn.size} quizzes (at most ${MAX_DISTRACTOR_REUSE}): ${[...usedIn].join('; ')}`);
    }
  }

  // Near-duplicates: two quizzes asking the same thing.
  const all = quizzes.flatMap((entry) => entry.quiz.questions.map((question) => ({ entry, question, words: questionWords(question) })));
  for (let i = 0; i < all.length; i += 1) {
    for (let j = i + 1; j < all.length; j += 1) {
      const a = all[i]!;
      const b = all[j]!;
      if (a.entry === b.entry) continue;
      const score = similarity(a.words, b.words);
      if (score >= DUPLICATE_SIMILARITY) {
        errors.push(`${where(a.entry, a.question)} and ${where(b.entry, b.question)} ask the same thing (similarity ${score.toFixed(2)}): write a new question for one of them`);
      }
    }
  }

  // Per-module balance of position and length cues.
  const modules = new Map<string, Question[]>();
  for (const entry of quizzes) {
    const key = moduleOf(entry.lessonFile);
    modules.set(key, [...(modules.get(key) ?? []), ...entry.quiz.questions]);
  }
  for (const [module, questions] of modules) {
    const cues = questions.map(cuesOf);
    const longest = cues.flatMap((cue) => (cue.isRightLongest === undefined ? [] : [cue.isRightLongest]));
    const longestShare = longest.filter(Boolean).length / longest.length;
    if (longest.length >= MIN_CUE_SAMPLE && longestShare > MAX_LONGEST_RIGHT_SHARE) {
      warnings.push(`${module}: the right option is the longest in ${longest.filter(Boolean).length} of ${longest.length} single-choice questions (${percent(longestShare)}; at most ${percent(MAX_LONGEST_RIGHT_SHARE)})`);
    }
    const answers = cues.flatMap((cue) => (cue.answer === undefined ? [] : [cue.answer]));
    const falseShare = answers.filter((answer) => !answer).length / answers.length;
    if (answers.length >= MIN_CUE_SAMPLE && (falseShare < FALSE_SHARE_RANGE[0] || falseShare > FALSE_SHARE_RANGE[1])) {
      warnings.push(`${module}: "false" is the answer of ${answers.filter((a) => !a).length} of ${answers.length} true/false statements (${percent(falseShare)}; keep it within ${percent(FALSE_SHARE_RANGE[0])}–${percent(FALSE_SHARE_RANGE[1])})`);
    }
  }
  return { errors, warnings };
}
