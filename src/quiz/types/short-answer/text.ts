/**
 * How a typed answer is compared with the accepted ones: text after normalising, numbers after
 * reading them the ways people write them.
 */

/** Ignores case, spacing, punctuation, symbols, accents and typographic quotes and dashes. */
export function normaliseAnswerText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');
}

/**
 * Reads a number from what the learner typed: "1,000", "52.7", "−3" (Unicode minus), "92 %" or
 * "92%" when the question's unit is "%". Commas followed by exactly three digits separate
 * thousands; any other comma is a decimal comma. Returns null when the text is not a number
 * (with the question's unit, if any).
 */
export function parseNumber(text: string, unit?: string): number | null {
  const cleaned = text
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013\u2014]/g, '-')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/(\d),(\d)/g, '$1.$2');
  const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(.*)$/.exec(cleaned);
  if (!match) return null;
  const rest = normaliseAnswerText(match[2] ?? '');
  if (rest !== '' && (unit === undefined || rest !== normaliseAnswerText(unit))) return null;
  return Number(match[1]);
}
