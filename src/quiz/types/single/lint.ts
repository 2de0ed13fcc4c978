import type { QuestionLint } from '../../questionLint';

export const singleChoiceLint: QuestionLint<'single'> = {
  type: 'single',
  answerTexts: (question) => ({
    right: question.options.filter((option) => option.correct).map((option) => option.text),
    wrong: question.options.filter((option) => !option.correct).map((option) => option.text),
  }),
  problems: () => [],
  cues: (question) => {
    const longest = Math.max(...question.options.map((option) => option.text.length));
    const right = question.options.find((option) => option.correct);
    // Ties do not count: the right option must be strictly the longest to be a cue.
    const isRightLongest = right !== undefined && right.text.length === longest &&
      question.options.filter((option) => option.text.length === longest).length === 1;
    return { isRightLongest };
  },
};
