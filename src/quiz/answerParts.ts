/**
 * Building blocks of the answer schemas (`zod/mini`: answers are validated in the browser when
 * they come back from storage or an imported results file). Limits keep hostile files small.
 */
import * as z from 'zod/mini';

/** An option, item or pair id as an answer records it. */
export const answerId = z.string().check(z.maxLength(200));
export const answerIds = z.array(answerId).check(z.maxLength(100));
