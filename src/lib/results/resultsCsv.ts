import Papa from 'papaparse';
import type { Answer } from '@site/src/components/Quiz/types';
import { safeRow } from '../csv/safeCell';
import type { ResultsFile } from './schema';

/** An answer as one readable cell. */
export function formatAnswer(answer: Answer): string {
  switch (answer.type) {
    case 'single':
      return answer.optionId ?? '';
    case 'multiple':
      return answer.optionIds.join(' | ');
    case 'true-false':
      return answer.value === null ? '' : String(answer.value);
    case 'ordering':
      return answer.itemIds.join(' > ');
    case 'matching':
      return Object.entries(answer.matches).map(([term, match]) => `${term} = ${match ?? ''}`).join('; ');
    case 'short-answer':
      return answer.text;
  }
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
