import * as z from 'zod';
import { commonQuestionFields, text } from '../../schema/common';

export const TrueFalseSchema = z.strictObject({
  ...commonQuestionFields,
  type: z.literal('true-false'),
  answer: z.boolean(),
  /** Why "True" is right or wrong, and why "False" is. */
  explanations: z.strictObject({ true: text, false: text }).optional(),
});
