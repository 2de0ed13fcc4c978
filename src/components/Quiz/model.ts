/**
 * Quiz scoring and the small pure helpers the view needs (seeded shuffle, content hash).
 * No React, no DOM: the component calls these, and the unit tests call them directly.
 */
import type { Question, Quiz } from './schema';
import type { Answer, QuestionResult } from './types';
import { hashJson } from '@site/src/lib/hash';
import { shuffle } from '@site/src/lib/shuffle';

export { shuffle };

/** Share of points needed to pass, in percent, when a quiz does not set `passMark`. */
export const DEFAULT_PASS_MARK = 70;

/** Points are kept to two decimals, so that 1/3 + 1/3 + 1/3 adds up to 1 on screen and in storage. */
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function maxPointsOf(question: Question): number {
  return question.points ?? 1;
}

/** The answer a learner has given before touching a question (ordering: the order shown). */
export function emptyAnswer(question: Question, shownOrder?: readonly string[]): Answer {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: null };
    case 'multiple':
      return { type: 'multiple', optionIds: [] };
    case 'true-false':
      return { type: 'true-false', value: null };
    case 'ordering':
      return { type: 'ordering', itemIds: [...(shownOrder ?? question.items.map((item) => item.id))] };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(question.pairs.map((pair) => [pair.id, null])) };
    case 'short-answer':
      return { type: 'short-answer', text: '' };
  }
}

/** Whether the learner has given any answer at all (an untouched ordering counts as answered). */
export function isAnswered(answer: Answer): boolean {
  switch (answer.type) {
    case 'single':
      return answer.optionId !== null;
    case 'multiple':
      return answer.optionIds.length > 0;
    case 'true-false':
      return answer.value !== null;
    case 'ordering':
      return answer.itemIds.length > 0;
    case 'matching':
      return Object.values(answer.matches).some((match) => match !== null);
    case 'short-answer':
      return answer.text.trim() !== '';
  }
}

/**
 * Length of the longest strictly increasing subsequence (patience sorting, O(n log n)).
 */
export function longestIncreasingRun(values: readonly number[]): number {
  const tails: number[] = [];
  for (const value of values) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (tails[mid]! < value) low = mid + 1;
      else high = mid;
    }
    tails[low] = value;
  }
  return tails.length;
}

/**
 * Ordering credit, after Moodle's "longest ordered subset" grading: the learner's order is mapped
 * to the items' correct positions, and the credit is the length of the longest run of items that
 * stand in the correct relative order (not necessarily next to each other) as a share of all items.
 * A "run" of one item earns nothing: any single item is trivially in order, and without this rule
 * a fully reversed list would still earn 1/n. Unknown or repeated ids are ignored.
 */
export function orderingShare(correctIds: readonly string[], learnerIds: readonly string[]): number {
  const position = new Map(correctIds.map((id, index) => [id, index]));
  const seen = new Set<string>();
  const positions: number[] = [];
  for (const id of learnerIds) {
    const index = position.get(id);
    if (index === undefined || seen.has(id)) continue;
    seen.add(id);
    positions.push(index);
  }
  const run = longestIncreasingRun(positions);
  return correctIds.length === 0 || run < 2 ? 0 : run / correctIds.length;
}

/** Compare free text ignoring case, spacing, punctuation, accents and typographic quotes/dashes. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');
}

/**
 * Reads a number from what the learner typed: "1,000", "52.7", "−3" (Unicode minus), "92 %" or
 * "92%" when the question's unit is "%". Commas followed by exactly three digits separate
 * thousands; any other comma is a decimal comma. Returns null when the text is not a number
 * (with the question's unit, if any).
 */
export function parseNumber(text: string, unit?: string): number | null {
  const cleaned = text
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013\u2014]/g, '-')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/(\d),(\d)/g, '$1.$2');
  const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(.*)$/.exec(cleaned);
  if (!match) return null;
  const rest = normaliseText(match[2] ?? '');
  if (rest !== '' && (unit === undefined || rest !== normaliseText(unit))) return null;
  return Number(match[1]);
}

function shortAnswerIsRight(question: Extract<Question, { type: 'short-answer' }>, text: string): boolean {
  const given = normaliseText(text);
  if (given !== '' && question.accept?.some((accepted) => normaliseText(accepted) === given)) return true;
  if (question.number) {
    const value = parseNumber(text, question.unit);
    // A small epsilon so that 0.1 + 0.2 style representation errors never cost a point.
    const tolerance = (question.number.tolerance ?? 0) + 1e-9;
    if (value !== null && Math.abs(value - question.number.value) <= tolerance) return true;
  }
  return false;
}

/** Share of full marks (0–1) that an answer earns; a mismatched answer type earns nothing. */
function creditShare(question: Question, answer: Answer): number {
  switch (question.type) {
    case 'single': {
      if (answer.type !== 'single') return 0;
      return question.options.some((option) => option.correct && option.id === answer.optionId) ? 1 : 0;
    }
    case 'multiple': {
      if (answer.type !== 'multiple') return 0;
      const chosen = new Set(answer.optionIds);
      const right = question.options.filter((option) => option.correct);
      const rightChosen = right.filter((option) => chosen.has(option.id)).length;
      const wrongChosen = question.options.filter((option) => !option.correct && chosen.has(option.id)).length;
      return right.length === 0 ? 0 : Math.max(0, (rightChosen - wrongChosen) / right.length);
    }
    case 'true-false':
      return answer.type === 'true-false' && answer.value === question.answer ? 1 : 0;
    case 'ordering':
      return answer.type === 'ordering'
        ? orderingShare(question.items.map((item) => item.id), answer.itemIds)
        : 0;
    case 'matching': {
      if (answer.type !== 'matching') return 0;
      const right = question.pairs.filter((pair) => answer.matches[pair.id] === pair.id).length;
      return right / question.pairs.length;
    }
    case 'short-answer':
      return answer.type === 'short-answer' && shortAnswerIsRight(question, answer.text) ? 1 : 0;
  }
}

export function scoreQuestion(question: Question, answer: Answer): QuestionResult {
  const maxPoints = maxPointsOf(question);
  const share = creditShare(question, answer);
  return {
    questionId: question.id,
    answer,
    points: round2(share * maxPoints),
    maxPoints,
    correct: share >= 1,
  };
}

export interface QuizScore {
  readonly points: number;
  readonly maxPoints: number;
  /** Rounded to a whole percent for display; `passed` uses the exact share. */
  readonly percent: number;
  readonly passed: boolean;
  readonly questions: QuestionResult[];
}

/** Scores every question; a question with no answer in `answers` scores as unanswered. */
export function scoreQuiz(quiz: Quiz, answers: Readonly<Record<string, Answer | undefined>>): QuizScore {
  const questions = quiz.questions.map((question) =>
    scoreQuestion(question, answers[question.id] ?? emptyAnswer(question, [])),
  );
  const points = round2(questions.reduce((sum, result) => sum + result.points, 0));
  const maxPoints = round2(questions.reduce((sum, result) => sum + result.maxPoints, 0));
  const exact = maxPoints === 0 ? 0 : (points / maxPoints) * 100;
  return {
    points,
    maxPoints,
    percent: Math.round(exact),
    passed: exact + 1e-9 >= (quiz.passMark ?? DEFAULT_PASS_MARK),
    questions,
  };
}

/** A short hash of a quiz's content: part of its storage key, so an edited quiz starts afresh. */
export function contentHash(quiz: Quiz): string {
  return hashJson(quiz);
}

/**
 * A seeded shuffle that never returns the items in their original order (when there are at least
 * two): used for ordering questions, whose authored order is the answer.
 */
export function shuffleAwayFromOriginal<T>(items: readonly T[], seed: string | number): T[] {
  const result = shuffle(items, seed);
  if (items.length > 1 && result.every((item, index) => item === items[index])) {
    result.push(result.shift()!);
  }
  return result;
}
