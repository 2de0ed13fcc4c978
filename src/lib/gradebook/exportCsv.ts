/**
 * Gradebook CSVs that learning-management systems import, written with papaparse (quoting,
 * commas and line breaks in names are its job) and with text cells neutralised against formula
 * injection (`safeCell`).
 */
import Papa from 'papaparse';
import { safeCell, safeRow, type Cell } from '../csv/safeCell';
import type { Gradebook } from './buildGradebook';

/** Column name for a quiz: "Title (id)", the shape Canvas gives assignment columns. */
export function quizColumn(quiz: { readonly title: string; readonly id: string }): string {
  return `${quiz.title} (${quiz.id})`;
}

/**
 * Canvas's gradebook layout: Student, ID, SIS User ID, SIS Login ID, Section, one column per quiz,
 * and a "Points Possible" row straight after the header. Canvas matches rows to students by ID,
 * SIS User ID or SIS Login ID; results files carry no Canvas ids, so the email goes in
 * SIS Login ID (right where logins are email addresses; otherwise fill the ids in before import).
 */
export function canvasCsv(gradebook: Gradebook): string {
  const fields = ['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', ...gradebook.quizzes.map(quizColumn)];
  const pointsPossible: Cell[] = ['Points Possible', '', '', '', '', ...gradebook.quizzes.map((quiz) => quiz.maxPoints)];
  const rows = gradebook.students.map((student) =>
    safeRow([
      student.name, '', '', student.email ?? '', '',
      ...gradebook.quizzes.map((quiz) => student.results.get(quiz.id)?.points ?? null),
    ]),
  );
  return Papa.unparse({ fields: fields.map((field) => String(safeCell(field))), data: [safeRow(pointsPossible), ...rows] });
}

/**
 * Moodle's "Import grades → CSV file": an identity column Moodle maps to a user field (here
 * `email`; a student who gave no email gets their name there, to be matched by hand), then one
 * numeric column per quiz (points; blank when the student has no result).
 */
export function moodleCsv(gradebook: Gradebook): string {
  const fields = ['email', ...gradebook.quizzes.map(quizColumn)];
  const rows = gradebook.students.map((student) =>
    safeRow([student.email ?? student.name, ...gradebook.quizzes.map((quiz) => student.results.get(quiz.id)?.points ?? null)]),
  );
  return Papa.unparse({ fields: fields.map((field) => String(safeCell(field))), data: rows });
}
