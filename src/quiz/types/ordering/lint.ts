import type { QuestionLint } from '../../questionLint';

export const orderingLint: QuestionLint<'ordering'> = {
  type: 'ordering',
  answerTexts: (question) => ({ right: question.items.map((item) => item.text), wrong: [] }),
  problems: () => [],
  cues: () => ({}),
};
