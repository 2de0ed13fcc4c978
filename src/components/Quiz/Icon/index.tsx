import type { ReactNode } from 'react';
import type { Verdict } from '../messages';
import styles from './styles.module.css';

const SYMBOLS: Record<Verdict, string> = { correct: '✓', partial: '◐', incorrect: '✗' };

/** A shape beside the verdict text, so correctness never depends on colour alone. */
export default function Icon({ verdict }: { readonly verdict: Verdict }): ReactNode {
  return (
    <span className={styles.icon} aria-hidden="true">
      {SYMBOLS[verdict]}
    </span>
  );
}
