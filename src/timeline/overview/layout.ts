/**
 * The overview chart's geometry. Horizontal positions are fractions of the width (0–1), so the
 * chart reflows to any width without scaling its text: at 320 px a scaled drawing would shrink
 * 12 px labels to 5 px. Vertical positions are fixed pixels, so the chart's height is known
 * before it hydrates and nothing below it moves. Pure: no React, no DOM.
 */
import type { TimelineCategory } from '../categories';
import type { TimelineEvent } from '../schema';
import type { EraBand } from './eras';
import { laneCategories } from './lanes';
import { decadeTicks, eventExtent, toFraction, type YearScale } from './scale';

/** Row heights in px. Labels are 12 px text (the chart's stylesheet sets it to match). */
export const ROW = {
  /** One era label with the bar under it that marks the era's extent. */
  era: 20,
  /** A lane's name, above its marks. */
  laneLabel: 14,
  /** A lane's marks. */
  laneMarks: 18,
  /** Decade labels under the lanes. */
  axis: 20,
} as const;

export interface EraRow {
  readonly band: EraBand;
  /** Baseline of the label, and top of the bar under it that spans the era. */
  readonly labelY: number;
  readonly barY: number;
  readonly x1: number;
  readonly x2: number;
  /**
   * Labels are one to a row, so they never collide; each is aligned with the side of its era
   * that leaves it the most room, so it stays inside the chart even for a short recent era.
   */
  readonly anchor: 'start' | 'end';
}

export interface Lane {
  readonly category: TimelineCategory;
  readonly top: number;
  readonly bottom: number;
  readonly labelY: number;
  readonly markY: number;
}

export interface Mark {
  readonly id: string;
  readonly lane: number;
  /** A single date has x1 === x2 (drawn as a dot); a period is drawn from x1 to x2. */
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
}

export interface OverviewLayout {
  readonly height: number;
  readonly eraRows: readonly EraRow[];
  /** The band area: from the first lane's top to the axis. */
  readonly plotTop: number;
  readonly plotBottom: number;
  readonly lanes: readonly Lane[];
  readonly ticks: readonly { readonly year: number; readonly x: number }[];
  readonly tickLabelY: number;
  readonly marks: readonly Mark[];
}

type Placed = Pick<TimelineEvent, 'id' | 'date' | 'end' | 'category'>;

export function layoutOverview(events: readonly Placed[], bands: readonly EraBand[], scale: YearScale): OverviewLayout {
  const eraRows = bands.map((band, index): EraRow => {
    const x1 = toFraction(scale, band.start);
    const x2 = toFraction(scale, band.end);
    const top = index * ROW.era;
    return { band, labelY: top + 11, barY: top + 16, x1, x2, anchor: x1 < 1 - x2 ? 'start' : 'end' };
  });
  const plotTop = bands.length * ROW.era + 4;
  const laneHeight = ROW.laneLabel + ROW.laneMarks;
  const lanes = laneCategories(events).map((category, index): Lane => {
    const top = plotTop + index * laneHeight;
    return { category, top, bottom: top + laneHeight, labelY: top + 12, markY: top + ROW.laneLabel + ROW.laneMarks / 2 };
  });
  const plotBottom = plotTop + lanes.length * laneHeight + 2;
  const marks = events.map((event): Mark => {
    const lane = lanes.findIndex((candidate) => candidate.category === event.category);
    const [start, end] = eventExtent(event);
    return { id: event.id, lane, x1: toFraction(scale, start), x2: toFraction(scale, end), y: lanes[lane]!.markY };
  });
  return {
    height: plotBottom + ROW.axis,
    eraRows,
    plotTop,
    plotBottom,
    lanes,
    ticks: decadeTicks(scale).map((year) => ({ year, x: toFraction(scale, year) })),
    tickLabelY: plotBottom + 15,
    marks,
  };
}

/** The lane under a point `y` px from the chart's top, or -1 outside the lanes. */
export function laneAt(layout: OverviewLayout, y: number): number {
  return layout.lanes.findIndex((lane) => y >= lane.top && y < lane.bottom);
}

/**
 * The mark nearest a pointer at `fraction` across a chart `width` px wide, in lane `lane`, if one
 * is within `tolerance` px. Marks are small and often close together; pointing near one is
 * enough, and a pointer inside a period's extent is on it.
 */
export function nearestMark(
  layout: OverviewLayout,
  lane: number,
  fraction: number,
  width: number,
  tolerance: number,
): Mark | undefined {
  let best: Mark | undefined;
  let bestDistance = Infinity;
  for (const mark of layout.marks) {
    if (mark.lane !== lane) continue;
    const distance = Math.max(0, mark.x1 - fraction, fraction - mark.x2) * width;
    if (distance <= tolerance && distance < bestDistance) {
      best = mark;
      bestDistance = distance;
    }
  }
  return best;
}
