import { codesOf, idsOf } from '../../scorm/codes';
import type { QuestionScorm } from '../../scorm/questionScorm';
import type { QuestionOf } from '../../schema';

const optionIds = (question: QuestionOf<'single'>) => question.options.map((option) => option.id);

export const singleChoiceScorm: QuestionScorm<'single'> = {
  type: 'single',
  interactionType: () => 'choice',
  correctPatterns: (question) => [codesOf(question.options.filter((option) => option.correct).map((option) => option.id), optionIds(question)).join(',')],
  response: (question, answer) => (answer.optionId === null ? null : codesOf([answer.optionId], optionIds(question)).join(',') || null),
  encode: (question, answer) => (answer.optionId === null ? '' : codesOf([answer.optionId], optionIds(question)).join('')),
  decode: (question, text) => ({ type: 'single', optionId: idsOf(text, optionIds(question))[0] ?? null }),
};
