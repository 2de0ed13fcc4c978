/**
 * Build-time validation of the timeline data. Pure: it takes the events (as `unknown`, since
 * they come from a file), the ids of the docs that exist and the text of the lessons the events
 * link to, and returns one message per problem, each naming the event and the field. The
 * content-validation plugin throws them all at once so an author fixes everything in one go.
 */
import type { z } from 'zod';
import { endsBeforeStart } from './dates';
import { findMention, mentionPhrases } from './mentions';
import { TimelineEventSchema } from './schema';

export interface TimelineProblem {
  /** The event's id, or `#3` (its position) when it has no usable id. */
  readonly event: string;
  /** `date`, `sources`, `sources[0].url`, … */
  readonly field: string;
  readonly message: string;
}

function fieldOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return issue.keys.join(', ');
  return issue.path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`))
    .join('') || '(event)';
}

function nameOf(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? id : `#${index}`;
}

/** A lesson an event may link to: its file (for messages) and its text, from `lessonText`. */
export interface LinkedLesson {
  readonly file: string;
  readonly text: string;
}

const quoted = (phrases: readonly string[]) => phrases.map((phrase) => `"${phrase}"`).join(', ');

/**
 * @param lessonTexts the text of each linked lesson, by doc id. When given, every link must point to
 *   a lesson that mentions the event (its title or an alias, see `mentions.ts`).
 */
export function findTimelineProblems(
  events: unknown,
  docIds: readonly string[],
  lessonTexts?: Readonly<Record<string, LinkedLesson>>,
): TimelineProblem[] {
  if (!Array.isArray(events)) {
    return [{ event: '(all)', field: 'timelineEvents', message: 'must be an array of events' }];
  }
  const problems: TimelineProblem[] = [];
  const known = new Set(docIds);
  const seen = new Set<string>();

  events.forEach((raw: unknown, index) => {
    const event = nameOf(raw, index);
    const report = (field: string, message: string) => problems.push({ event, field, message });
    const parsed = TimelineEventSchema.safeParse(raw);

    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        report(fieldOf(issue), issue.code === 'unrecognized_keys' ? 'is not a known field' : issue.message);
      }
    }
    // Cross-field and cross-event checks run on whatever is usable, so one run reports all.
    const candidate = (parsed.success ? parsed.data : raw) as Partial<Record<string, unknown>>;
    const { date, end, lessons } = candidate;
    if (parsed.success && end !== undefined && endsBeforeStart(date as string, end as string)) {
      report('end', `ends (${String(end)}) before it starts (${String(date)})`);
    }
    if (event.startsWith('#') === false) {
      if (seen.has(event)) report('id', 'is used by another event (ids must be unique)');
      seen.add(event);
    }
    if (Array.isArray(lessons)) {
      lessons.forEach((lesson: unknown, position) => {
        if (typeof lesson !== 'string') return;
        if (!known.has(lesson)) {
          report(`lessons[${position}]`, `refers to "${lesson}", which is not a doc id of the course`);
          return;
        }
        const linked = lessonTexts?.[lesson];
        if (parsed.success && linked && findMention(parsed.data, linked.text) === undefined) {
          report(
            `lessons[${position}]`,
            `links to "${lesson}" (${linked.file}), which never mentions the event: it contains none of ${quoted(mentionPhrases(parsed.data))}. ` +
              'Mention the event in the lesson, add to `aliases` a phrase the lesson uses for it, or remove the link.',
          );
        }
      });
    }
  });
  return problems;
}

export function formatTimelineProblems(problems: readonly TimelineProblem[]): string {
  return problems
    .map(({ event, field, message }) => `src/data/timeline.ts: event "${event}", field "${field}": ${message}`)
    .join('\n');
}
