/**
 * Reads a quiz written in Moodle's GIFT format (`NN-slug.quiz.gift` beside a lesson) into the
 * course's quiz data, with gift-pegjs. The result is validated like any quiz; this only reads.
 *
 * - Quiz fields are comment lines: `// quiz id: …`, `// quiz title: …`, and optionally
 *   `// quiz mode: exam`, `// quiz pass mark: 70`, `// quiz max attempts: 3`,
 *   `// quiz shuffle: false`, `// quiz draw: 5` or `// quiz draw: chips 2, 5g 2`.
 * - Each question's id is its `::name::` (or a Moodle `// [id:…]` comment), kebab-case; its level
 *   and pool section are Moodle tags, `// [tag:level-apply]` and `// [tag:section-chips]`.
 * - General feedback (`####…`) is the explanation; answer feedback (`#…`) the option's.
 * - Each question type reads its own answers (`readsGift` / `fromGift` in `types/<type>/export.ts`).
 *
 * Errors name the file and line. Questions are read one by one (GIFT separates them with blank
 * lines, as Moodle's importer does), so every error carries the line of its question.
 */
import { parse } from 'gift-pegjs';
import { LEVEL_TAG, SECTION_TAG } from '../bank/bankEntries';
import type { GiftQuestion } from '../export/questionExporters';
import { giftReaderOf } from '../types/exporters';

export class GiftError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'GiftError';
  }
}

export interface GiftQuiz {
  /** The quiz as data, not yet validated. */
  readonly data: Record<string, unknown>;
  /** The line each question starts on, by index. */
  readonly questionLines: readonly number[];
}

const QUIZ_FIELDS: Record<string, { key: string; read: (text: string) => unknown }> = {
  id: { key: 'id', read: (text) => text },
  title: { key: 'title', read: (text) => text },
  'pass mark': { key: 'passMark', read: Number },
  'max attempts': { key: 'maxAttempts', read: Number },
  shuffle: { key: 'shuffle', read: (text) => (text === 'true' ? true : text === 'false' ? false : text) },
  mode: { key: 'mode', read: (text) => text },
  // "5", or "chips 2, 5g 2": a number per pool section.
  draw: {
    key: 'draw',
    read: (text) =>
      /^\d+$/.test(text) ? Number(text) : Object.fromEntries(text.split(',').map((part) => part.trim().split(/\s+/)).map(([section = '', count]) => [section, Number(count)])),
  },
};

/** The level and pool section a question's Moodle tags give it (other tags are Moodle's own business). */
function fieldsFromTags(tags: readonly string[] | null | undefined): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const tag of tags ?? []) {
    if (tag.startsWith(LEVEL_TAG)) fields.level = tag.slice(LEVEL_TAG.length);
    if (tag.startsWith(SECTION_TAG)) fields.section = tag.slice(SECTION_TAG.length);
  }
  return fields;
}

interface Block {
  readonly line: number;
  readonly text: string;
}

/** Blocks of text between blank lines, with the line each starts on (1-based). */
function blocks(text: string): Block[] {
  const result: Block[] = [];
  let current: string[] = [];
  let start = 0;
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') {
      if (current.length > 0) result.push({ line: start, text: current.join('\n') });
      current = [];
      return;
    }
    if (current.length === 0) start = index + 1;
    current.push(line);
  });
  if (current.length > 0) result.push({ line: start, text: current.join('\n') });
  return result;
}

const isComment = (line: string) => line.trim().startsWith('//');

function readQuestion(gift: GiftQuestion, file: string, line: number): Record<string, unknown> {
  const id = gift.id ?? gift.title;
  if (!id) throw new GiftError(file, line, 'the question has no id: name it "::kebab-case-id::" (or add "// [id:kebab-case-id]" above it)');
  if (gift.hasEmbeddedAnswers) throw new GiftError(file, line, `question "${id}": answers inside the text (missing-word format) are not supported; put the answers at the end`);
  const reader = giftReaderOf(gift);
  if (!reader) throw new GiftError(file, line, `question "${id}": a GIFT ${gift.type} question has no question type in the course`);
  return {
    id,
    prompt: gift.stem.text,
    ...(gift.globalFeedback?.text ? { explanation: gift.globalFeedback.text } : {}),
    ...fieldsFromTags(gift.tags),
    ...reader.fromGift(gift),
  };
}

export function readGiftQuiz(text: string, file: string): GiftQuiz {
  const data: Record<string, unknown> = {};
  const questions: Record<string, unknown>[] = [];
  const questionLines: number[] = [];
  for (const block of blocks(text)) {
    const lines = block.text.split('\n');
    lines.forEach((line, index) => {
      const field = /^\s*\/\/\s*quiz ([a-z ]+?)\s*:\s*(.*?)\s*$/i.exec(line);
      if (!field) return;
      const known = QUIZ_FIELDS[field[1]!.toLowerCase()];
      if (!known) throw new GiftError(file, block.line + index, `unknown quiz field "${field[1]}" (use id, title, mode, pass mark, max attempts, shuffle or draw)`);
      data[known.key] = known.read(field[2]!);
    });
    if (lines.every((line) => isComment(line) || line.trim().startsWith('$CATEGORY:'))) continue;
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(`${block.text}\n`);
    } catch (error) {
      const location = (error as { location?: { start: { line: number } } }).location;
      // "End of input" is reported on the line after the block; it belongs to the block's last line.
      const line = Math.min(location ? location.start.line - 1 : 0, lines.length - 1);
      throw new GiftError(file, block.line + line, (error as Error).message);
    }
    for (const gift of parsed) {
      if (gift.type === 'Category') continue;
      if (gift.type === 'Description') throw new GiftError(file, block.line, 'text without answers in braces is not a question');
      questions.push(readQuestion(gift, file, block.line));
      questionLines.push(block.line);
    }
  }
  return { data: { ...data, questions }, questionLines };
}
