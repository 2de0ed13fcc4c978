/**
 * Single-character codes for positions (options, items, pairs). SCORM 1.2 writes choice,
 * matching and sequencing responses as single characters 0–9 and a–z separated by commas
 * (RTE 3.4.2.7.5), and the suspend data reuses the same codes to stay short. Letters come first,
 * as LMS reports conventionally show "a, b, c".
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The code of the item at `index` (0-based), or null beyond the 36 that SCORM 1.2 can name. */
export function positionCode(index: number): string | null {
  return index >= 0 && index < ALPHABET.length ? ALPHABET[index]! : null;
}

/** The position a code stands for, or -1. */
export function positionOf(code: string): number {
  return code.length === 1 ? ALPHABET.indexOf(code) : -1;
}

/** Codes of ids in `order`, skipping ids not found there. */
export function codesOf(ids: readonly string[], order: readonly string[]): string[] {
  return ids.flatMap((id) => {
    const code = positionCode(order.indexOf(id));
    return code === null ? [] : [code];
  });
}

/** Ids of a run of codes (one character each); unknown codes are dropped. */
export function idsOf(codes: string, order: readonly string[]): string[] {
  return [...codes].flatMap((code) => {
    const id = order[positionOf(code)];
    return id === undefined ? [] : [id];
  });
}
