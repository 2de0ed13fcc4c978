/**
 * The option the arrow keys move to in a list of `count` options, wrapping at both ends. From no
 * option, Down goes to the first and Up to the last (as in the ARIA combobox pattern).
 */
export function moveActive(current: number | null, count: number, step: 1 | -1): number | null {
  if (count === 0) return null;
  if (current === null) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}
