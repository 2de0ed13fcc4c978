/**
 * The timeline's data format. Events live in `src/data/timeline.ts`; the build validates them
 * against this schema (see `validate.ts` and plugins/content-validation), and the component's
 * types are inferred from it.
 *
 * Only build-time code and tests import the schema's runtime values; components import types.
 */
import * as z from 'zod';
import { TIMELINE_CATEGORIES } from './categories';
import { isCalendarDate } from './dates';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
  /**
   * Other words the lessons use for the event ("section 889", "Entity List"). A lesson the event
   * links to must mention it: its title or one of these (src/timeline/mentions.ts).
   */
  aliases: z.array(text).min(1, 'leave the field out rather than give an empty list').readonly().optional(),
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
