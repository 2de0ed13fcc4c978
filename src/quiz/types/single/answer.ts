import * as z from 'zod/mini';
import { answerId } from '../../answerParts';

export const SingleChoiceAnswerSchema = z.strictObject({ type: z.literal('single'), optionId: z.nullable(answerId) });
