/** Number formats shared by the gradebook's tables (points: `formatPoints` of the quiz domain). */
import { formatPoints } from '@site/src/quiz/points';

export function formatPercent(share: number): string {
  return `${Math.round(share)}%`;
}

export function formatIndex(value: number | null): string {
  return value === null ? '–' : value.toFixed(2);
}

/** "6 / 7": points out of the maximum. */
export function formatScore(points: number, maxPoints: number): string {
  return `${formatPoints(points)} / ${formatPoints(maxPoints)}`;
}
