/** What the LMS export plugin writes at build time: the question bank and the packages. */
import fs from 'node:fs';
import path from 'node:path';
import { courseModules } from '../../src/data/modules';
import { bankEntries, type BankEntry } from '../../src/quiz/bank/bankEntries';
import { bankReport } from '../../src/quiz/bank/bankReport';
import { giftBank } from '../../src/quiz/bank/giftBank';
import { moodleXmlBank } from '../../src/quiz/bank/moodleXml';
import { qtiBank } from '../../src/quiz/bank/qtiBank';
import { BANK_FILE_NAMES } from '../../src/lib/lms/files';
import { bankQuizzes, planPackages, type CourseDoc, type CourseQuiz } from './packages';
import { deterministicZip } from './zip';

export { writeScormPackages } from './scormPackages';

export function bankEntriesOf(docs: readonly CourseDoc[], quizzes: readonly CourseQuiz[]): BankEntry[] {
  return bankEntries(bankQuizzes(courseModules, docs, quizzes));
}

export function planPackagesOf(docs: readonly CourseDoc[], quizzes: readonly CourseQuiz[], courseDescription: string) {
  return planPackages(courseModules, docs, quizzes, courseDescription);
}

export function writeQuestionBank(dir: string, entries: readonly BankEntry[]): void {
  fs.mkdirSync(dir, { recursive: true });
  const moodle = moodleXmlBank(entries);
  const gift = giftBank(entries);
  const qti = qtiBank(entries);
  fs.writeFileSync(path.join(dir, BANK_FILE_NAMES.moodle), moodle.content);
  fs.writeFileSync(path.join(dir, BANK_FILE_NAMES.gift), gift.content);
  fs.writeFileSync(path.join(dir, BANK_FILE_NAMES.qti), deterministicZip(qti.content));
  fs.writeFileSync(path.join(dir, BANK_FILE_NAMES.report), bankReport(entries.length, { moodle, gift, qti }));
}
