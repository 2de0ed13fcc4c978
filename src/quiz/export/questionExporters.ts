/**
 * What every question type provides to the question-bank exports (build time only): its Moodle
 * XML, its GIFT (or why GIFT cannot carry it) and how GIFT reads back into it, and its Canvas
 * QTI 1.2 parts. The bank files (`../bank/`) write what every question shares (name, text,
 * general feedback, hints, categories, tags) and call these for the rest, through the registry
 * `types/exporters.ts`, so no exporter switches on a type.
 */
import type { GIFTQuestion } from 'gift-pegjs';
import type { QuestionOf, QuestionType } from '../schema';

/** A format's account of one question: what it could not carry, or where it differs. */
export type ExportNote = string;

export interface MoodleParts {
  /** The `type` attribute of Moodle's `<question>`: multichoice, truefalse, shortanswer, numerical, matching, ordering. */
  readonly qtype: string;
  /** The type's own elements, in the order Moodle writes them. */
  readonly elements: string;
  /** Text that Moodle has no place for in this type (per-item explanations), appended to the general feedback. */
  readonly extraFeedback: readonly string[];
  readonly notes: readonly ExportNote[];
}

export type GiftParts =
  /** The answer block, without the braces and without the general feedback. */
  | { readonly carried: true; readonly answers: string; readonly notes: readonly ExportNote[] }
  | { readonly carried: false; readonly reason: string };

/** A GIFT question as gift-pegjs parses it (descriptions and categories are not questions). */
export type GiftQuestion = Exclude<GIFTQuestion, { type: 'Description' | 'Category' }>;

/** The fields a type reads from a GIFT question; id, prompt and explanation are read for all types. */
export type FromGift<K extends QuestionType> = Omit<QuestionOf<K>, 'id' | 'prompt' | 'explanation' | 'hint' | 'source' | 'points'>;

export interface QtiParts {
  /** Canvas's `question_type` metadata: multiple_choice_question, matching_question, … */
  readonly canvasType: string;
  /** `response_lid` / `response_str` elements inside `<presentation>`, after the prompt. */
  readonly presentation: string;
  /** `respcondition` elements inside `<resprocessing>`, after the SCORE outcome. */
  readonly conditions: string;
  /** `itemfeedback` elements (per-option explanations), referred to by the conditions. */
  readonly feedback: string;
  readonly notes: readonly ExportNote[];
}

export interface QuestionExporters<K extends QuestionType> {
  readonly type: K;
  moodle(question: QuestionOf<K>): MoodleParts;
  gift(question: QuestionOf<K>): GiftParts;
  /** Whether a parsed GIFT question is of this type (the first type that claims it reads it). */
  readsGift(gift: GiftQuestion): boolean;
  /** The type's fields from a GIFT question it claims; the result is validated like any quiz. */
  fromGift(gift: GiftQuestion): FromGift<K>;
  /** Canvas QTI 1.2 item parts, or why QTI cannot carry the question. */
  qti(question: QuestionOf<K>): QtiParts | { readonly carried: false; readonly reason: string };
}
