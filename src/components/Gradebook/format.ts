/** Number formats shared by the gradebook's tables. */
export function formatPoints(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export function formatPercent(share: number): string {
  return `${Math.round(share)}%`;
}

export function formatIndex(value: number | null): string {
  return value === null ? '–' : value.toFixed(2);
}
