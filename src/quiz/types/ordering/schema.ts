import * as z from 'zod';
import { checkUniqueIds, commonQuestionFields, id, text } from '../../schema/common';

export const OrderingItemSchema = z.strictObject({ id, text, explanation: text.optional() });

export const OrderingSchema = z
  .strictObject({
    ...commonQuestionFields,
    type: z.literal('ordering'),
    /** Items in their correct order; the learner sees them shuffled. */
    items: z.array(OrderingItemSchema).min(3, 'an ordering question needs at least 3 items'),
  })
  .superRefine((question, ctx) => checkUniqueIds(question.items, 'items', 'item', ctx));
