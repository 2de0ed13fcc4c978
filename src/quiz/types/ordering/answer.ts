import * as z from 'zod/mini';
import { answerIds } from '../../answerParts';

/** The learner's order of item ids. */
export const OrderingAnswerSchema = z.strictObject({ type: z.literal('ordering'), itemIds: answerIds });
