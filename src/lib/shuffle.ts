/**
 * Deterministic shuffling: the same seed gives the same order on the server and in the browser.
 */
import { fnv1a } from './hash';

/** mulberry32: a tiny seeded PRNG with a good enough spread for shuffling a handful of options. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded PRNG: the same seed always gives the same order. */
export function shuffle<T>(items: readonly T[], seed: string | number): T[] {
  const random = mulberry32(typeof seed === 'number' ? seed : fnv1a(seed));
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/**
 * A seeded shuffle that never returns the items in their original order (when there are at least
 * two): used for ordering questions, whose authored order is the answer.
 */
export function shuffleAwayFromOriginal<T>(items: readonly T[], seed: string | number): T[] {
  const result = shuffle(items, seed);
  if (items.length > 1 && result.every((item, index) => item === items[index])) {
    result.push(result.shift()!);
  }
  return result;
}

/**
 * Shuffles the items that are not pinned and leaves each pinned item at its authored index
 * ("None of these" stays last).
 */
export function shuffleKeepingPinned<T>(items: readonly T[], seed: string | number, isPinned: (item: T) => boolean): T[] {
  const moving = shuffle(items.filter((item) => !isPinned(item)), seed);
  return items.map((item) => (isPinned(item) ? item : moving.shift()!));
}
