/** Number formats shared by the gradebook's tables (points: `formatPoints` of the quiz domain). */
export function formatPercent(share: number): string {
  return `${Math.round(share)}%`;
}

export function formatIndex(value: number | null): string {
  return value === null ? '–' : value.toFixed(2);
}
