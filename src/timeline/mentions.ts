/**
 * Whether a lesson mentions a timeline event, for the build check that every lesson an event
 * links to really talks about it (issue 13: 27 of 117 links pointed at lessons that never did).
 *
 * An event is mentioned when the lesson's text contains its title (without a leading "The", "A"
 * or "An") or one of its `aliases`, as whole words, ignoring case, accents, Markdown emphasis,
 * line breaks and the difference between typographic and straight quotes and dashes. Titles are
 * written as headlines ("The UK bans new Huawei 5G equipment") and rarely appear word for word,
 * so most events list the names the lessons use ("section 889", "Entity List"). Pure: the
 * content-validation plugin reads the files.
 */
import type { TimelineEvent } from './schema';

/** Lower case, no accents, straight quotes and hyphens, single spaces. */
export function normaliseForMention(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words a reader sees in a lesson's MDX source: without front matter, import and export
 * lines, MDX comments, JSX tags and link targets; Markdown emphasis removed, so `**Rapidus**`
 * reads "Rapidus" and `[Entity List](/course/glossary#entity-list)` reads "Entity List".
 */
export function lessonText(source: string): string {
  const body = source
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    .split('\n')
    .filter((line) => !/^\s*(import|export)\s/.test(line))
    .join('\n');
  return normaliseForMention(
    body
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/[*_[\]`]/g, ''),
  );
}

/** What counts as a mention of the event: its title without a leading article, and its aliases. */
export function mentionPhrases(event: Pick<TimelineEvent, 'title' | 'aliases'>): string[] {
  return [event.title.replace(/^(the|a|an)\s+/i, ''), ...(event.aliases ?? [])];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `phrase` occurs in `text` (from `lessonText`) as whole words: "ITER" is not in "literal". */
export function containsPhrase(text: string, phrase: string): boolean {
  const wanted = normaliseForMention(phrase);
  if (wanted === '') return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(wanted)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** The first phrase by which the lesson mentions the event, or `undefined` when it does not. */
export function findMention(event: Pick<TimelineEvent, 'title' | 'aliases'>, text: string): string | undefined {
  return mentionPhrases(event).find((phrase) => containsPhrase(text, phrase));
}
