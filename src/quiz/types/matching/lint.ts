import type { QuestionLint } from '../../questionLint';

/** With two pairs, getting one right gives the other away. */
export const MIN_PAIRS = 3;

export const matchingLint: QuestionLint<'matching'> = {
  type: 'matching',
  answerTexts: (question) => ({ right: question.pairs.map((pair) => `${pair.term} ${pair.match}`), wrong: [] }),
  problems: (question) =>
    question.pairs.length < MIN_PAIRS
      ? [`a matching question needs at least ${MIN_PAIRS} pairs (it has ${question.pairs.length}): with two, one answer gives away the other`]
      : [],
  cues: () => ({}),
};
