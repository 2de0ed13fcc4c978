import * as z from 'zod/mini';

export const ShortAnswerAnswerSchema = z.strictObject({ type: z.literal('short-answer'), text: z.string().check(z.maxLength(2000)) });
