/**
 * The timeline's data format. Events live in `src/data/timeline.ts`; the build validates them
 * against this schema (see `validate.ts` and plugins/content-validation), and the component's
 * types are inferred from it.
 *
 * Only build-time code and tests import the schema's runtime values; components import types.
 */
import { z } from 'zod';
import { TIMELINE_CATEGORIES } from './categories';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': as precise as the source allows, no more. */
export const TIMELINE_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for a well-formed date that exists in the calendar (no 30 February). */
export function isCalendarDate(value: string): boolean {
  const match = TIMELINE_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (!day) return true;
  // Day 0 of the next month is the last day of this one (UTC, so no time-zone drift).
  const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return Number(day) <= lastDay;
}

const text = z.string().trim().min(1, 'must not be empty');
const date = z
  .string()
  .refine(isCalendarDate, "must be a real date written 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'");

export const TimelineSourceSchema = z.strictObject({
  title: text,
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
});

export const TimelineEventSchema = z.strictObject({
  id: z.string().regex(ID, 'must be kebab-case (a-z, 0-9 and single hyphens)'),
  date,
  /** Last day (or month, or year) of a period such as the International Geophysical Year. */
  end: date.optional(),
  title: text,
  /** One or two sentences, in our own words. */
  summary: text,
  category: z.enum(TIMELINE_CATEGORIES, {
    error: `must be one of: ${TIMELINE_CATEGORIES.join(', ')}`,
  }),
  /** Doc ids of the lessons the event relates to (`semiconductors/how-chips-are-made`). */
  lessons: z.array(z.string().min(1)).readonly(),
  sources: z.array(TimelineSourceSchema).min(1, 'needs at least one source').readonly(),
});

export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type TimelineSource = z.infer<typeof TimelineSourceSchema>;
