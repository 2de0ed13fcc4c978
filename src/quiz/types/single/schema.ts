import * as z from 'zod';
import { OptionSchema, checkUniqueIds, commonQuestionFields } from '../../schema/common';

/** A choice question with exactly one correct option. */
export const SingleChoiceSchema = z
  .strictObject({
    ...commonQuestionFields,
    type: z.literal('single'),
    options: z.array(OptionSchema).min(2),
  })
  .superRefine((question, ctx) => {
    checkUniqueIds(question.options, 'options', 'option', ctx);
    const count = question.options.filter((option) => option.correct).length;
    if (count === 0) ctx.addIssue({ code: 'custom', path: [], message: 'choice question has no correct option' });
    if (count > 1) ctx.addIssue({ code: 'custom', path: [], message: `single-choice question has ${count} correct options` });
  });
