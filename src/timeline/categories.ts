/**
 * The timeline's fixed set of categories. Content authors already use these names in
 * `<Timeline category="…" />`, so they never change once shipped.
 *
 * Kept apart from `schema.ts` so that the browser code that needs the list (filters, URL
 * parsing) does not pull zod into the page bundle.
 */
export const TIMELINE_CATEGORIES = [
  'science-diplomacy',
  'nuclear',
  'space',
  'climate-environment',
  'semiconductors',
  '5g-telecom',
  'institutions',
  'values-and-governance',
] as const;

export type TimelineCategory = (typeof TIMELINE_CATEGORIES)[number];

export function isTimelineCategory(value: unknown): value is TimelineCategory {
  return typeof value === 'string' && (TIMELINE_CATEGORIES as readonly string[]).includes(value);
}

/** Keeps known categories, once each, in the canonical order. */
export function normaliseCategories(values: readonly string[]): TimelineCategory[] {
  return TIMELINE_CATEGORIES.filter((category) => values.includes(category));
}
