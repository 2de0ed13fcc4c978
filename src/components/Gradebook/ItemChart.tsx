import { useId, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import type { ItemStats } from '@site/src/lib/gradebook/itemAnalysis';
import styles from './charts.module.css';

export interface Props {
  readonly stats: readonly ItemStats[];
  /** The id of the item-analysis table beside it, which gives the same figures as text. */
  readonly tableId: string;
}

const ROW = 26;
const LABEL = 110;
const PANEL = 130;
const GAP = 20;
const TOP = 20;
/** Discrimination above this separates stronger from weaker students well (the table's note). */
const GOOD_DISCRIMINATION = 0.3;

/**
 * Per question, facility p (0 to 1, a bar from the left) and discrimination D (−1 to 1, a bar
 * either side of zero, with the 0.3 line drawn), so the odd question stands out. Hand-written
 * SVG; the item-analysis table beside it is its text alternative.
 */
export default function ItemChart({ stats, tableId }: Props): ReactNode {
  const id = useId();
  if (stats.length === 0) return null;
  const height = TOP + stats.length * ROW + 8;
  const width = LABEL + 2 * PANEL + GAP;
  const pLeft = LABEL;
  const dZero = LABEL + PANEL + GAP + PANEL / 2;
  const weak = stats.filter((item) => item.discrimination !== null && item.discrimination < GOOD_DISCRIMINATION).length;

  return (
    <figure className={styles.figure}>
      <svg className={styles.chart} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={tableId}>
        <title id={`${id}-title`}>
          {translate(
            { id: 'gradebook.chart.items.summary', message: 'Share correct and discrimination of {count} questions; {weak} below a discrimination of 0.3. The table gives the figures.' },
            { count: stats.length, weak },
          )}
        </title>
        <text x={pLeft} y={12} className={styles.label}>
          {translate({ id: 'gradebook.chart.items.p', message: 'Share correct (p)' })}
        </text>
        <text x={dZero - PANEL / 2} y={12} className={styles.label}>
          {translate({ id: 'gradebook.chart.items.d', message: 'Discrimination (D)' })}
        </text>
        <line x1={dZero} y1={TOP - 4} x2={dZero} y2={height - 4} className={styles.axis} />
        <line
          x1={dZero + GOOD_DISCRIMINATION * (PANEL / 2)}
          y1={TOP - 4}
          x2={dZero + GOOD_DISCRIMINATION * (PANEL / 2)}
          y2={height - 4}
          className={styles.passMark}
        />
        {stats.map((item, index) => {
          const top = TOP + index * ROW;
          const d = item.discrimination ?? 0;
          return (
            <g key={item.questionId}>
              <text x={LABEL - 6} y={top + ROW / 2 + 4} className={styles.label} textAnchor="end">
                {item.questionId.length > 16 ? `${item.questionId.slice(0, 15)}…` : item.questionId}
              </text>
              <rect x={pLeft} y={top + 4} width={PANEL} height={ROW - 8} className={styles.track} />
              <rect x={pLeft} y={top + 4} width={item.difficulty * PANEL} height={ROW - 8} className={styles.passed} />
              {item.discrimination !== null && (
                <rect
                  x={d >= 0 ? dZero : dZero + d * (PANEL / 2)}
                  y={top + 4}
                  width={Math.abs(d) * (PANEL / 2)}
                  height={ROW - 8}
                  className={d >= GOOD_DISCRIMINATION ? styles.passed : styles.weak}
                />
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
