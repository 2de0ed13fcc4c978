import { useEffect, useState } from 'react';
import { countDue, nextDue } from '../../review/due';
import { useSavedProgress } from '../progress/useProgress';

/** setTimeout's ceiling (about 24.8 days); a later due time is waited for in steps. */
const MAX_TIMEOUT = 2 ** 31 - 1;

/**
 * How many review cards are due now, from the progress document alone (no quiz data, no
 * scheduler), or null on the server and until progress has loaded (never, for a learner who has
 * saved nothing, who has no cards). It updates when progress changes in this tab or another, and
 * when the next card falls due while the page is open.
 */
export function useDueCount(): number | null {
  const snapshot = useSavedProgress();
  const deck = snapshot?.progress.review;
  const [now, setNow] = useState(() => Date.now());
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    if (!snapshot) return;
    const at = Date.now();
    setCount(countDue(deck, at));
    const next = nextDue(deck, at);
    if (!next) return;
    const timer = window.setTimeout(() => setNow(Date.now()), Math.min(MAX_TIMEOUT, next.at - at + 1000));
    return () => window.clearTimeout(timer);
  }, [snapshot, deck, now]);

  return count;
}
