/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula (and some treat a
 * leading tab or carriage return the same way), so a learner's name such as
 * `=HYPERLINK("http://evil", "x")` could act when an instructor opens a CSV. Such text cells get
 * a leading apostrophe, which spreadsheets show as plain text (OWASP's "CSV injection" advice).
 * Numbers are written as numbers: a negative score never comes from a learner's typing.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type Cell = string | number | boolean | null;

export function safeCell(value: Cell): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function safeRow(row: readonly Cell[]): (string | number | boolean)[] {
  return row.map(safeCell);
}
