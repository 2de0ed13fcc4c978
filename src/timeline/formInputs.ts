/**
 * The page's form: what the reader has typed, which may not be a valid year yet.
 */
import { normaliseCategories, type TimelineCategory } from './categories';
import { parseYear } from './dates';
import type { TimelineFilters } from './filters';

export interface FilterInputs {
  readonly categories: readonly TimelineCategory[];
  readonly from: string;
  readonly to: string;
  readonly query: string;
}

export const EMPTY_INPUTS: FilterInputs = { categories: [], from: '', to: '', query: '' };

/** Half-typed years ('19') filter nothing until they are four digits. */
export function filtersFromInputs(inputs: FilterInputs): TimelineFilters {
  const from = parseYear(inputs.from);
  const to = parseYear(inputs.to);
  return {
    categories: normaliseCategories(inputs.categories),
    query: inputs.query,
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
  };
}

export function inputsFromFilters(filters: TimelineFilters): FilterInputs {
  return {
    categories: filters.categories,
    from: filters.from === undefined ? '' : String(filters.from),
    to: filters.to === undefined ? '' : String(filters.to),
    query: filters.query,
  };
}

export function toggleCategory(
  categories: readonly TimelineCategory[],
  category: TimelineCategory,
): TimelineCategory[] {
  return categories.includes(category)
    ? categories.filter((c) => c !== category)
    : normaliseCategories([...categories, category]);
}
