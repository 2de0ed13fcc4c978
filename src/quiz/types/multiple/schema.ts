import * as z from 'zod';
import { OptionSchema, checkUniqueIds, commonQuestionFields } from '../../schema/common';

/** A choice question with one or more correct options ("choose all that apply"). */
export const MultipleChoiceSchema = z
  .strictObject({
    ...commonQuestionFields,
    type: z.literal('multiple'),
    options: z.array(OptionSchema).min(2),
  })
  .superRefine((question, ctx) => {
    checkUniqueIds(question.options, 'options', 'option', ctx);
    if (!question.options.some((option) => option.correct)) {
      ctx.addIssue({ code: 'custom', path: [], message: 'choice question has no correct option' });
    }
  });
