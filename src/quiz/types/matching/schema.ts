import * as z from 'zod';
import { checkUniqueIds, commonQuestionFields, id, text } from '../../schema/common';

export const MatchingPairSchema = z.strictObject({
  id,
  term: text,
  match: text,
  explanation: text.optional(),
});

export const MatchingSchema = z
  .strictObject({
    ...commonQuestionFields,
    type: z.literal('matching'),
    pairs: z.array(MatchingPairSchema).min(2),
  })
  .superRefine((question, ctx) => checkUniqueIds(question.pairs, 'pairs', 'pair', ctx));
