import type { QuestionLint } from '../../questionLint';

export const shortAnswerLint: QuestionLint<'short-answer'> = {
  type: 'short-answer',
  answerTexts: (question) => ({ right: question.accept ?? [], wrong: [] }),
  problems: () => [],
  cues: () => ({}),
};
