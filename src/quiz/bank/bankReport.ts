/**
 * The question bank's report: for each format, which questions it could not carry and what it
 * carried only in part, so nothing is dropped silently.
 */
import type { BankFile, BankNote } from './bankEntries';

function section(title: string, total: number, file: BankFile<unknown>): string[] {
  const carried = total - file.notCarried.length;
  const line = (note: BankNote) => `  - ${note.quizId} / ${note.questionId}: ${note.text}`;
  return [
    title,
    `Carries ${carried} of ${total} questions.`,
    ...(file.notCarried.length > 0 ? ['Not carried:', ...file.notCarried.map(line)] : []),
    ...(file.partlyCarried.length > 0 ? ['Carried in part, or scored differently:', ...file.partlyCarried.map(line)] : []),
    '',
  ];
}

export function bankReport(total: number, files: { moodle: BankFile<unknown>; gift: BankFile<unknown>; qti: BankFile<unknown> }): string {
  return [
    'Silicon Statecraft question bank: what each file carries',
    '',
    ...section('Moodle XML (question-bank.moodle.xml)', total, files.moodle),
    ...section('GIFT (question-bank.gift.txt)', total, files.gift),
    ...section('QTI 1.2 for Canvas (question-bank.qti12.zip)', total, files.qti),
  ].join('\n');
}
