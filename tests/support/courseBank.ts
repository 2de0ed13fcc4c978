/**
 * The course's quizzes and docs as the LMS export plugin sees them in a build, read from the
 * files (for unit tests of the question bank and the SCORM packages).
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { loadQuizModules } from '@site/plugins/content-validation/load-quiz-modules';
import { bankQuizzes, planPackages, type CourseDoc, type CourseQuiz } from '@site/plugins/lms-export/packages';
import { courseModules } from '@site/src/data/modules';
import { bankEntries, type BankEntry } from '@site/src/quiz/bank/bankEntries';
import type { Question, Quiz } from '@site/src/quiz/schema';

const siteDir = path.resolve(__dirname, '../..');

function courseDocs(): CourseDoc[] {
  return (fs.readdirSync(path.join(siteDir, 'docs'), { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const { data } = matter(fs.readFileSync(path.join(siteDir, 'docs', file), 'utf8'));
      const id = file.replace(/\.mdx$/, '').split('/').map((part) => part.replace(/^\d+-/, '')).join('/');
      return { id, title: String(data.title), description: String(data.description ?? ''), permalink: `/course/${id}`, file: `docs/${file}` };
    });
}

export async function courseQuizzes(): Promise<CourseQuiz[]> {
  return (await loadQuizModules(siteDir)).map(({ lessonFile, data }) => ({ lessonFile, quiz: data as Quiz }));
}

export async function courseBank(): Promise<BankEntry[]> {
  return bankEntries(bankQuizzes(courseModules, courseDocs(), await courseQuizzes()));
}

export async function coursePackages() {
  return planPackages(courseModules, courseDocs(), await courseQuizzes(), 'How technology and foreign policy shape each other');
}

/** A question's right answers in a form every format can be compared in. */
export function correctAnswers(question: Pick<Question, 'type'> & Record<string, unknown>): unknown {
  const q = question as Question;
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options.filter((option) => option.correct).map((option) => option.text).sort();
    case 'true-false':
      return q.answer;
    case 'ordering':
      return q.items.map((item) => item.text);
    case 'matching':
      return q.pairs.map((pair) => [pair.term, pair.match]);
    case 'short-answer':
      return { accept: q.accept ?? [], number: q.number ? { value: q.number.value, tolerance: q.number.tolerance ?? 0 } : null };
  }
}
