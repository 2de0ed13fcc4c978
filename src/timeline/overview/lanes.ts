import { TIMELINE_CATEGORIES, type TimelineCategory } from '../categories';
import type { TimelineEvent } from '../schema';

/**
 * One lane per category that has events, in the categories' canonical order: the course page
 * shows all eight, a lesson's chart only the lanes its events need.
 */
export function laneCategories(events: readonly Pick<TimelineEvent, 'category'>[]): TimelineCategory[] {
  return TIMELINE_CATEGORIES.filter((category) => events.some((event) => event.category === category));
}
