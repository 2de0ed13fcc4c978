import * as z from 'zod';
import { commonQuestionFields, text } from '../../schema/common';

export const ShortAnswerSchema = z
  .strictObject({
    ...commonQuestionFields,
    type: z.literal('short-answer'),
    /** Accepted answers, compared after normalising case, spacing and punctuation. */
    accept: z.array(text).min(1).optional(),
    /** A numeric answer, right within ± tolerance. */
    number: z.strictObject({ value: z.number(), tolerance: z.number().nonnegative().optional() }).optional(),
    unit: text.optional(),
  })
  .superRefine((question, ctx) => {
    if (!question.accept && !question.number) {
      ctx.addIssue({ code: 'custom', path: [], message: 'short-answer question needs `accept` or `number`' });
    }
  });
