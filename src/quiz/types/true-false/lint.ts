import type { QuestionLint } from '../../questionLint';

export const trueFalseLint: QuestionLint<'true-false'> = {
  type: 'true-false',
  // The statement is the question; "True" and "False" say nothing a hint could give away.
  answerTexts: () => ({ right: [], wrong: [] }),
  problems: () => [],
  cues: (question) => ({ answer: question.answer }),
};
