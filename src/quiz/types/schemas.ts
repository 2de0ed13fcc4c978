/**
 * Registry of the question types' data schemas (zod: build time and tests only, never a page).
 * The list is the source of the `QuestionType` union: every other registry (models, answers,
 * views) is checked by the compiler against it. Adding a type: see "Adding a question type" in
 * README.md.
 */
import { MatchingSchema } from './matching/schema';
import { MultipleChoiceSchema } from './multiple/schema';
import { OrderingSchema } from './ordering/schema';
import { ShortAnswerSchema } from './short-answer/schema';
import { SingleChoiceSchema } from './single/schema';
import { TrueFalseSchema } from './true-false/schema';

export const QUESTION_SCHEMAS = [
  SingleChoiceSchema,
  MultipleChoiceSchema,
  TrueFalseSchema,
  OrderingSchema,
  MatchingSchema,
  ShortAnswerSchema,
] as const;
