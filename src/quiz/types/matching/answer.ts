import * as z from 'zod/mini';
import { answerId } from '../../answerParts';

/** Pair id (the term) → id of the pair whose `match` text was chosen. */
export const MatchingAnswerSchema = z.strictObject({
  type: z.literal('matching'),
  matches: z.record(answerId, z.nullable(answerId)),
});
