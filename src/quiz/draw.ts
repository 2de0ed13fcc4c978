/**
 * Which questions an attempt asks, in which order, and the seed its shuffles use. Everything is
 * seeded, never random at render time: the pre-rendered page and the first render agree, a
 * reload in the middle of an attempt shows the same questions in the same order, and a new
 * attempt (a new attempt number) draws afresh.
 */
import { shuffle } from '../lib/shuffle';
import type { Question, Quiz } from './schema';

/** The seed before the learner's own is known (pre-rendering, first render, no storage). */
export const SITE_SEED = 'site';

/**
 * The seed of one attempt: the learner's random seed (kept in their progress), the quiz and the
 * attempt number. Two learners, or two attempts, get different draws and orders.
 */
export function attemptSeed(learnerSeed: string | null, quizId: string, attemptNumber: number): string {
  return `${learnerSeed ?? SITE_SEED}:${quizId}:${attemptNumber}`;
}

/** Whether the quiz shuffles at all (`shuffle: false` keeps the authored order). */
export function isShuffled(quiz: Pick<Quiz, 'shuffle'>): boolean {
  return quiz.shuffle !== false;
}

/** How many questions an attempt asks. */
export function drawCount(quiz: Pick<Quiz, 'draw' | 'questions'>): number {
  const { draw, questions } = quiz;
  if (draw === undefined) return questions.length;
  return typeof draw === 'number' ? Math.min(draw, questions.length) : Object.values(draw).reduce((sum, n) => sum + n, 0);
}

/**
 * The questions of one attempt. With `draw: N`, N distinct questions from the pool; with a draw
 * per section, that many from each section. A shuffled quiz presents them in a seeded order; an
 * unshuffled one in the authored order.
 */
export function drawQuestions(quiz: Pick<Quiz, 'draw' | 'questions' | 'shuffle'>, seed: string): Question[] {
  const { draw, questions } = quiz;
  let drawn: Question[];
  if (draw === undefined) {
    drawn = [...questions];
  } else if (typeof draw === 'number') {
    drawn = shuffle(questions, `${seed}:draw`).slice(0, draw);
  } else {
    drawn = Object.entries(draw).flatMap(([section, count]) =>
      shuffle(questions.filter((question) => question.section === section), `${seed}:draw:${section}`).slice(0, count),
    );
  }
  if (!isShuffled(quiz)) {
    const chosen = new Set(drawn);
    return questions.filter((question) => chosen.has(question));
  }
  return shuffle(drawn, `${seed}:order`);
}
