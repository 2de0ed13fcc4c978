import * as z from 'zod/mini';

export const TrueFalseAnswerSchema = z.strictObject({ type: z.literal('true-false'), value: z.nullable(z.boolean()) });
