import { shuffleAwayFromOriginal } from '../../../lib/shuffle';
import type { QuestionModel } from '../../questionModel';

/** Length of the longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function longestIncreasingRun(values: readonly number[]): number {
  const tails: number[] = [];
  for (const value of values) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (tails[mid]! < value) low = mid + 1;
      else high = mid;
    }
    tails[low] = value;
  }
  return tails.length;
}

/**
 * Ordering credit, after Moodle's "longest ordered subset" grading: the learner's order is mapped
 * to the items' correct positions, and the credit is the length of the longest run of items that
 * stand in the correct relative order (not necessarily next to each other) as a share of all items.
 * A "run" of one item earns nothing: any single item is trivially in order, and without this rule
 * a fully reversed list would still earn 1/n. Unknown or repeated ids are ignored.
 */
export function orderingShare(correctIds: readonly string[], learnerIds: readonly string[]): number {
  const position = new Map(correctIds.map((id, index) => [id, index]));
  const seen = new Set<string>();
  const positions: number[] = [];
  for (const id of learnerIds) {
    const index = position.get(id);
    if (index === undefined || seen.has(id)) continue;
    seen.add(id);
    positions.push(index);
  }
  const run = longestIncreasingRun(positions);
  return correctIds.length === 0 || run < 2 ? 0 : run / correctIds.length;
}

export const ordering: QuestionModel<'ordering'> = {
  type: 'ordering',
  emptyAnswer: () => ({ type: 'ordering', itemIds: [] }),
  initialAnswer: (question, seed) => ({
    type: 'ordering',
    itemIds: shuffleAwayFromOriginal(question.items.map((item) => item.id), seed),
  }),
  // An untouched list counts as answered: it is scored in the order shown.
  isAnswered: (answer) => answer.itemIds.length > 0,
  credit: (question, answer) => orderingShare(question.items.map((item) => item.id), answer.itemIds),
  answerCell: (answer) => answer.itemIds.join(' > '),
  wrongChoices: () => null,
};
