import Papa from 'papaparse';
import type { Answer } from '../../quiz/attempt';
import { modelOf } from '../../quiz/types';
import { safeRow } from '../csv/safeCell';
import type { ResultsFile } from './schema';

/** An answer as one readable cell. */
export function formatAnswer(answer: Answer): string {
  return modelOf(answer.type).answerCell(answer);
}

export const RESULTS_CSV_HEADER = [
  'Assignment ID', 'Assignment', 'Learner', 'Email', 'Quiz ID', 'Quiz', 'Quiz points', 'Quiz max points',
  'Quiz percent', 'Passed', 'Submitted at', 'Late', 'Question ID', 'Answer', 'Points', 'Max points', 'Correct',
];

/** The results as CSV for spreadsheets, one row per question answered. */
export function resultsToCsv(results: ResultsFile): string {
  const rows = results.quizzes.flatMap((quiz) =>
    quiz.questions.map((question) =>
      safeRow([
        results.assignmentId, results.assignmentTitle, results.learner.name, results.learner.email ?? '',
        quiz.quizId, quiz.title, quiz.points, quiz.maxPoints, quiz.percent, quiz.passed, quiz.submittedAt, quiz.late,
        question.questionId, formatAnswer(question.answer), question.points, question.maxPoints, question.correct,
      ]),
    ),
  );
  return Papa.unparse({ fields: RESULTS_CSV_HEADER, data: rows });
}
