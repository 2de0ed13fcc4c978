/**
 * Registry of the question types' answer schemas (`zod/mini`, for answers read back from storage
 * and results files in the browser). Checked against `QuestionType` in `../attempt.ts`.
 */
import { MatchingAnswerSchema } from './matching/answer';
import { MultipleChoiceAnswerSchema } from './multiple/answer';
import { OrderingAnswerSchema } from './ordering/answer';
import { ShortAnswerAnswerSchema } from './short-answer/answer';
import { SingleChoiceAnswerSchema } from './single/answer';
import { TrueFalseAnswerSchema } from './true-false/answer';

export const ANSWER_SCHEMAS = [
  SingleChoiceAnswerSchema,
  MultipleChoiceAnswerSchema,
  TrueFalseAnswerSchema,
  OrderingAnswerSchema,
  MatchingAnswerSchema,
  ShortAnswerAnswerSchema,
] as const;
