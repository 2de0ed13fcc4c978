/**
 * GIFT text helpers. GIFT reserves ~ = # { } : and the backslash; every other character is
 * written as is. Line breaks inside a question end it early, so they become spaces.
 */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (char) => `\\${char}`).replace(/\s*\n\s*/g, ' ');
}

/** ` #feedback`, or nothing when there is none. */
export function giftFeedback(text: string | undefined): string {
  return text ? ` #${escapeGift(text)}` : '';
}

/** A number as GIFT writes it (no exponent, no thousands separators). */
export function giftNumber(value: number): string {
  return String(value);
}
