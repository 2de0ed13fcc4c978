/**
 * The question bank as GIFT (https://docs.moodle.org/en/GIFT_format) for the types GIFT can
 * express. Each question keeps its id and tags in Moodle's `// [id:…]` and `// [tag:…]`
 * comments; what GIFT cannot carry is listed at the top of the file and in the report.
 */
import { escapeGift } from '../export/gift';
import { maxPointsOf } from '../scoring';
import { exportersOf } from '../types/exporters';
import { type BankEntry, type BankFile, type BankNote, feedbackParagraphs, noteOf } from './bankEntries';
import { moodleCategory } from './moodleXml';

function question(entry: BankEntry, answers: string): string {
  const { question: q } = entry;
  const feedback = feedbackParagraphs(entry).map(escapeGift).join(' ');
  return [
    `// [id:${q.id}]`,
    ...entry.tags.map((tag) => `// [tag:${tag}]`),
    `::${escapeGift(q.id)}::[plain]${escapeGift(q.prompt)} {${answers.startsWith('\n') ? answers : ` ${answers} `}${feedback ? `####${feedback}\n` : ''}}`,
  ].join('\n');
}

export function giftBank(entries: readonly BankEntry[]): BankFile<string> {
  const notCarried: BankNote[] = [];
  const partlyCarried: BankNote[] = [];
  const blocks: string[] = [];
  let category = '';
  for (const entry of entries) {
    const parts = exportersOf(entry.question.type).gift(entry.question);
    if (!parts.carried) {
      notCarried.push(noteOf(entry, parts.reason));
      continue;
    }
    const lost = [
      ...parts.notes,
      ...(entry.question.hint ? ['the hint (GIFT has no hints)'] : []),
      ...(maxPointsOf(entry.question) !== 1 ? [`the points (${maxPointsOf(entry.question)}; GIFT questions are worth the default grade)`] : []),
    ];
    lost.forEach((text) => partlyCarried.push(noteOf(entry, text)));
    const path = moodleCategory(entry.category);
    if (path !== category) {
      category = path;
      blocks.push(`$CATEGORY: ${path}`);
    }
    blocks.push(question(entry, parts.answers));
  }
  const header = [
    '// Silicon Statecraft question bank in GIFT. Written by the build from the course\'s quizzes.',
    `// GIFT cannot carry ${notCarried.length} question(s), left out here (the Moodle XML file has every question):`,
    ...notCarried.map((note) => `//   ${note.quizId} / ${note.questionId}: ${note.text}`),
    '// What is carried only in part is listed in question-bank.report.txt.',
  ].join('\n');
  return { content: `${header}\n\n${blocks.join('\n\n')}\n`, notCarried, partlyCarried };
}
