import type { QuestionLint } from '../../questionLint';

export const multipleChoiceLint: QuestionLint<'multiple'> = {
  type: 'multiple',
  answerTexts: (question) => ({
    right: question.options.filter((option) => option.correct).map((option) => option.text),
    wrong: question.options.filter((option) => !option.correct).map((option) => option.text),
  }),
  problems: () => [],
  cues: () => ({}),
};
