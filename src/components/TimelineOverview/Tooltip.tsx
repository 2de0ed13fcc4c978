import type { CSSProperties, ReactNode } from 'react';
import styles from './styles.module.css';

export interface Props {
  /** Where the label points, as a fraction of the chart's width, and px from its top. */
  readonly x: number;
  readonly y: number;
  /** Below the point, or above it (for the lower half of the chart, so it stays on the chart). */
  readonly placement: 'below' | 'above';
  readonly children: ReactNode;
}

/**
 * A label over the chart for what the pointer is on. Hidden from assistive technology: the
 * chart's marks are not separate objects there, and the list holds the same title and date.
 */
export default function Tooltip({ x, y, placement, children }: Props): ReactNode {
  const style = { '--x': x, '--y': `${y}px` } as CSSProperties;
  return (
    <div className={styles.tooltip} data-placement={placement} style={style} aria-hidden="true">
      {children}
    </div>
  );
}
