/** Points are kept to two decimals, so that 1/3 + 1/3 + 1/3 adds up to 1 on screen and in storage. */
export function roundPoints(value: number): number {
  return Math.round(value * 100) / 100;
}

/** "4", "2.5", "2.25": points as stored (two decimals at most), without trailing zeros. */
export function formatPoints(points: number): string {
  return String(roundPoints(points));
}
