/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula (and some treat a
 * leading tab or carriage return the same way), so a learner's name such as
 * `=HYPERLINK("http://evil", "x")` could act when an instructor opens a CSV. Such text cells get
 * a leading apostrophe, which spreadsheets show as plain text (OWASP's "CSV injection" advice).
 *
 * The first character is tested the way a spreadsheet reads it: after compatibility
 * normalisation (NFKC turns the full-width `＝＋－＠` into `=+-@`) and past leading whitespace and
 * invisible characters (a space, a line break, a zero-width space or a byte-order mark before
 * `=` still starts a formula in some spreadsheets).
 * Numbers are written as numbers: a negative score never comes from a learner's typing.
 */
const FORMULA_SIGN = /^[=+\-@]/;
const LEADING_INVISIBLE = /^[\s\p{Cc}\p{Cf}\p{Z}]+/u;

export type Cell = string | number | boolean | null;

function startsFormula(text: string): boolean {
  if (/^[\t\r]/.test(text)) return true;
  return FORMULA_SIGN.test(text.normalize('NFKC').replace(LEADING_INVISIBLE, ''));
}

export function safeCell(value: Cell): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'string') return value;
  return startsFormula(value) ? `'${value}` : value;
}

export function safeRow(row: readonly Cell[]): (string | number | boolean)[] {
  return row.map(safeCell);
}
