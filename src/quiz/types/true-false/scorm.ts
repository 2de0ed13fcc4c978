import type { QuestionScorm } from '../../scorm/questionScorm';

const code = (value: boolean) => (value ? 't' : 'f');

export const trueFalseScorm: QuestionScorm<'true-false'> = {
  type: 'true-false',
  interactionType: () => 'true-false',
  correctPatterns: (question) => [code(question.answer)],
  response: (_question, answer) => (answer.value === null ? null : code(answer.value)),
  encode: (_question, answer) => (answer.value === null ? '' : code(answer.value)),
  decode: (_question, text) => ({ type: 'true-false', value: text === 't' ? true : text === 'f' ? false : null }),
};
