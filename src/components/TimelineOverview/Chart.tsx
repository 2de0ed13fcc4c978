import type { MouseEventHandler, PointerEventHandler, ReactNode } from 'react';
import clsx from 'clsx';
import { categoryLabel } from '@site/src/components/Timeline/labels';
import type { OverviewLayout } from '@site/src/timeline/overview/layout';
import styles from './styles.module.css';

/** A fraction of the width as an SVG percentage, short enough to keep the HTML small. */
const pct = (fraction: number) => `${+(fraction * 100).toFixed(2)}%`;

export interface PointerHandlers {
  readonly onPointerDown?: PointerEventHandler<SVGSVGElement>;
  readonly onPointerMove?: PointerEventHandler<SVGSVGElement>;
  readonly onPointerUp?: PointerEventHandler<SVGSVGElement>;
  readonly onPointerCancel?: PointerEventHandler<SVGSVGElement>;
  readonly onPointerLeave?: PointerEventHandler<SVGSVGElement>;
  readonly onClick?: MouseEventHandler<SVGSVGElement>;
}

export interface Props extends PointerHandlers {
  readonly layout: OverviewLayout;
  /** The text alternative: the chart is one image, and the list beside it is the full text. */
  readonly label: string;
  /** Events the filters keep; the others' marks fade. Omitted: every mark is shown. */
  readonly shown?: ReadonlySet<string>;
  /** The period the filters choose, as fractions of the width. */
  readonly period?: readonly [number, number] | null;
  /** A span being dragged, as fractions of the width. */
  readonly brush?: readonly [number, number] | null;
  /** The mark the pointer is on. */
  readonly pointedId?: string;
  /** Native hover titles for each mark (the lesson's chart, which has no script of its own). */
  readonly markTitles?: Readonly<Record<string, string>>;
  readonly className?: string;
}

/**
 * The overview drawing: era bands and their labels, one lane per category, one mark per event,
 * decade grid lines. It draws what it is given and handles nothing itself.
 */
export default function Chart({
  layout,
  label,
  shown,
  period,
  brush,
  pointedId,
  markTitles,
  className,
  ...pointer
}: Props): ReactNode {
  const { plotTop, plotBottom } = layout;
  const plotHeight = plotBottom - plotTop;
  return (
    <svg role="img" aria-label={label} width="100%" height={layout.height} className={clsx(styles.chart, className)} {...pointer}>
      {layout.eraRows.map((row, index) => (
        <g key={row.band.id} data-era={row.band.id}>
          <rect className={styles.band} data-even={index % 2 === 0} x={pct(row.x1)} width={pct(row.x2 - row.x1)} y={plotTop} height={plotHeight} />
          <rect className={styles.eraBar} x={pct(row.x1)} width={pct(row.x2 - row.x1)} y={row.barY} height={3} />
          <text className={styles.eraLabel} x={pct(row.anchor === 'start' ? row.x1 : row.x2)} y={row.labelY} textAnchor={row.anchor}>
            {row.band.name}
            <tspan className={styles.eraYears}>{`, ${row.band.firstYear}–${row.band.lastYear}`}</tspan>
          </text>
        </g>
      ))}
      {layout.ticks.map((tick, index) => (
        <g key={tick.year} data-minor={index % 2 === 1}>
          <line className={styles.grid} x1={pct(tick.x)} x2={pct(tick.x)} y1={plotTop} y2={plotBottom} />
          <text className={styles.tickLabel} x={pct(tick.x)} y={layout.tickLabelY} textAnchor="middle">
            {tick.year}
          </text>
        </g>
      ))}
      {period && (
        <rect className={styles.period} x={pct(period[0])} width={pct(period[1] - period[0])} y={plotTop} height={plotHeight} />
      )}
      {layout.lanes.map((lane) => (
        <text key={lane.category} className={styles.laneLabel} x="0" y={lane.labelY}>
          {categoryLabel(lane.category)}
        </text>
      ))}
      {/* One mark per event, in the events' order: a mark's place in the group says which event it
          is. An id on each mark would cost the course's timeline page 0.7 KB of gzip HTML. */}
      <g className={styles.marks} data-marks="">
        {layout.marks.map((mark) => (
          <line
            key={mark.id}
            // Only the exceptions are marked, to keep the pre-rendered HTML small.
            data-shown={shown?.has(mark.id) === false ? false : undefined}
            data-pointed={mark.id === pointedId || undefined}
            x1={pct(mark.x1)}
            x2={pct(mark.x2)}
            y1={mark.y}
            y2={mark.y}>
            {markTitles && <title>{markTitles[mark.id]}</title>}
          </line>
        ))}
      </g>
      {brush && (
        <rect className={styles.brush} x={pct(Math.min(...brush))} width={pct(Math.abs(brush[1] - brush[0]))} y={plotTop} height={plotHeight} />
      )}
    </svg>
  );
}
