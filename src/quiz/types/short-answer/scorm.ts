import type { QuestionScorm } from '../../scorm/questionScorm';
import { parseNumber } from './text';

/** SCORM 1.2 strings (CMIFeedback) hold at most 255 characters. */
const MAX_RESPONSE = 255;
/**
 * Typed answers kept in the suspend data are cut at 80 characters so the 4,096 characters hold
 * a whole course; every accepted answer in the course is far shorter, so a cut answer was
 * already wrong and stays wrong.
 */
const MAX_KEPT = 80;

export const shortAnswerScorm: QuestionScorm<'short-answer'> = {
  type: 'short-answer',
  interactionType: (question) => (question.number && !question.accept ? 'numeric' : 'fill-in'),
  correctPatterns: (question) =>
    question.number && !question.accept ? [String(question.number.value)] : (question.accept ?? []).map((text) => text.slice(0, MAX_RESPONSE)),
  response(question, answer) {
    if (answer.text.trim() === '') return null;
    if (question.number && !question.accept) {
      const value = parseNumber(answer.text, question.unit);
      return value === null ? null : String(value);
    }
    return answer.text.trim().slice(0, MAX_RESPONSE);
  },
  // encodeURIComponent keeps the text ASCII and turns every separator of the suspend data into %XX.
  encode: (_question, answer) => encodeURIComponent(answer.text.slice(0, MAX_KEPT)),
  decode(_question, text) {
    try {
      return { type: 'short-answer', text: decodeURIComponent(text) };
    } catch {
      return { type: 'short-answer', text: '' };
    }
  },
};
