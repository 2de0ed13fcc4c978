/**
 * Building blocks of Canvas-flavoured QTI 1.2 items, after the structure Canvas itself exports
 * (instructure/canvas-lms, lib/cc/qti/qti_items.rb): `response1` for one response, a SCORE outcome
 * of 0–100, `itemfeedback` elements named `<answer>_fb`.
 */
import { escapeXml } from './markup';

export function mattext(text: string): string {
  return `<material><mattext texttype="text/plain">${escapeXml(text)}</mattext></material>`;
}

/** `<response_label>` for one choice. */
export function responseLabel(ident: string, text: string): string {
  return `<response_label ident="${escapeXml(ident)}">${mattext(text)}</response_label>`;
}

/** `<itemfeedback>` for one choice's explanation, or nothing. */
export function itemFeedback(ident: string, text: string | undefined): string {
  return text ? `<itemfeedback ident="${escapeXml(ident)}_fb"><flow_mat>${mattext(text)}</flow_mat></itemfeedback>` : '';
}

/** Shows a choice's explanation when it was chosen (Canvas: "continue" so scoring goes on). */
export function feedbackCondition(respident: string, ident: string, text: string | undefined): string {
  if (!text) return '';
  return `<respcondition continue="Yes"><conditionvar><varequal respident="${respident}">${escapeXml(ident)}</varequal></conditionvar><displayfeedback feedbacktype="Response" linkrefid="${escapeXml(ident)}_fb"/></respcondition>`;
}

export function setScore(value: number | string, action: 'Set' | 'Add' = 'Set'): string {
  return `<setvar action="${action}" varname="SCORE">${value}</setvar>`;
}
