import { codesOf, idsOf } from '../../scorm/codes';
import type { QuestionScorm } from '../../scorm/questionScorm';
import type { QuestionOf } from '../../schema';

const optionIds = (question: QuestionOf<'multiple'>) => question.options.map((option) => option.id);

export const multipleChoiceScorm: QuestionScorm<'multiple'> = {
  type: 'multiple',
  interactionType: () => 'choice',
  correctPatterns: (question) => [codesOf(question.options.filter((option) => option.correct).map((option) => option.id), optionIds(question)).join(',')],
  response: (question, answer) => codesOf(answer.optionIds, optionIds(question)).join(',') || null,
  encode: (question, answer) => codesOf(answer.optionIds, optionIds(question)).join(''),
  decode: (question, text) => ({ type: 'multiple', optionIds: idsOf(text, optionIds(question)) }),
};
