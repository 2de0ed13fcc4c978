/**
 * Text typed by someone else (an assignment title, a learner's name, a quiz title in an imported
 * file) as plain text an instructor can trust to read as it looks. Unicode's control (`Cc`) and
 * format (`Cf`) characters are invisible: bidi overrides and isolates reorder what follows
 * ("Invoice U+202E fdp.exe" reads "Invoice exe.pdf"), zero-width characters hide differences.
 *
 * Line breaks and tabs become spaces. The two joiners (`Join_Control`: ZWJ U+200D and ZWNJ
 * U+200C) stay: emoji sequences and Indic scripts need ZWJ, Persian needs ZWNJ, and neither can
 * reorder text.
 */
const WHITESPACE_CONTROLS = /[\t\n\v\f\r\u0085]/g;
const INVISIBLE = /(?!\p{Join_Control})[\p{Cc}\p{Cf}]/gu;

export function plainText(text: string): string {
  return text.replace(WHITESPACE_CONTROLS, ' ').replace(INVISIBLE, '');
}
