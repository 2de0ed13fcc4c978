/**
 * The MDX component's props, as authors write them: `<Timeline category="semiconductors" from="1986" />`.
 */
import { TIMELINE_CATEGORIES, isTimelineCategory, normaliseCategories } from './categories';
import { parseYear } from './dates';
import type { TimelineSelection } from './selection';

export interface TimelineSelectionProps {
  readonly ids?: readonly string[];
  readonly category?: string | readonly string[];
  readonly from?: string;
  readonly to?: string;
}

/**
 * Turns an author's props into a selection, or throws a message the author can act on. The
 * throw happens while the page is pre-rendered, so a typo fails the build, never a reader's page.
 */
export function resolveSelection(
  props: TimelineSelectionProps,
  knownIds: readonly string[],
): TimelineSelection {
  const problems: string[] = [];
  const categories = props.category === undefined ? [] : [props.category].flat();
  for (const category of categories) {
    if (!isTimelineCategory(category)) {
      problems.push(`unknown category "${category}" (use one of: ${TIMELINE_CATEGORIES.join(', ')})`);
    }
  }
  for (const id of props.ids ?? []) {
    if (!knownIds.includes(id)) problems.push(`unknown event id "${id}"`);
  }
  const years = { from: props.from, to: props.to };
  for (const [name, value] of Object.entries(years)) {
    if (value !== undefined && parseYear(value) === undefined) {
      problems.push(`${name}="${value}" is not a four-digit year`);
    }
  }
  if (problems.length > 0) throw new Error(`<Timeline>: ${problems.join('; ')}`);
  const from = parseYear(props.from);
  const to = parseYear(props.to);
  return {
    ...(props.ids && { ids: props.ids }),
    categories: normaliseCategories(categories),
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
  };
}
