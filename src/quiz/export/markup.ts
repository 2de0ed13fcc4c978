/**
 * Escaping for the exchange formats. Course text is plain text; the formats that carry HTML
 * (Moodle XML, Canvas QTI) get it as escaped HTML inside escaped XML, so a "<" in a prompt is
 * shown as "<" by the LMS and never becomes markup.
 */

/** Text as XML character data or an attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Plain text as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Paragraphs of plain text as HTML. */
export function htmlParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('');
}

/** A link as HTML, for a question's source. */
export function htmlLink(title: string, url: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>`;
}

/** A percentage weight with at most 5 decimals, as Moodle writes them ("33.33333", "-50"). */
export function formatPercent(value: number): string {
  return String(Number(value.toFixed(5)));
}
