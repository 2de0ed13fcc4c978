import * as z from 'zod/mini';
import { answerIds } from '../../answerParts';

export const MultipleChoiceAnswerSchema = z.strictObject({ type: z.literal('multiple'), optionIds: answerIds });
