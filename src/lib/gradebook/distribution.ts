/**
 * A quiz's score distribution for the histogram: how many students scored in each tenth of the
 * range (0–10 %, …, 90–100 %, the last one including 100 %), split into passed and not passed.
 * The split comes from each result's own verdict, so a bin the pass mark falls inside shows both.
 */
import type { Rescored } from './rescore';

export const BIN_WIDTH = 10;

export interface ScoreBin {
  /** Percent at which the bin starts (inclusive). */
  readonly from: number;
  /** Percent at which it ends (exclusive, but for the last bin, which includes 100 %). */
  readonly to: number;
  readonly passed: number;
  readonly notPassed: number;
}

export function scoreDistribution(results: readonly Pick<Rescored, 'points' | 'maxPoints' | 'passed'>[]): ScoreBin[] {
  const bins = Array.from({ length: 100 / BIN_WIDTH }, (_, index) => ({ from: index * BIN_WIDTH, to: (index + 1) * BIN_WIDTH, passed: 0, notPassed: 0 }));
  for (const result of results) {
    const percent = result.maxPoints === 0 ? 0 : (result.points / result.maxPoints) * 100;
    const bin = bins[Math.min(bins.length - 1, Math.floor(percent / BIN_WIDTH))]!;
    if (result.passed) bin.passed += 1;
    else bin.notPassed += 1;
  }
  return bins;
}
