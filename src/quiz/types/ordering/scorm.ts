import { codesOf, idsOf } from '../../scorm/codes';
import type { QuestionScorm } from '../../scorm/questionScorm';
import type { QuestionOf } from '../../schema';

const itemIds = (question: QuestionOf<'ordering'>) => question.items.map((item) => item.id);

export const orderingScorm: QuestionScorm<'ordering'> = {
  type: 'ordering',
  interactionType: () => 'sequencing',
  correctPatterns: (question) => [codesOf(itemIds(question), itemIds(question)).join(',')],
  response: (question, answer) => codesOf(answer.itemIds, itemIds(question)).join(',') || null,
  encode: (question, answer) => codesOf(answer.itemIds, itemIds(question)).join(''),
  decode: (question, text) => ({ type: 'ordering', itemIds: idsOf(text, itemIds(question)) }),
};
