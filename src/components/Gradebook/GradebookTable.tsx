import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import type { Gradebook, GradedResult } from '@site/src/lib/gradebook/buildGradebook';
import { formatPoints } from '@site/src/quiz/points';
import { formatPercent, formatScore } from './format';
import styles from './styles.module.css';

function ResultCell({ result }: { result: GradedResult | undefined }): ReactNode {
  if (!result) return <td className={styles.missing}>{translate({ id: 'gradebook.cell.none', message: 'no result' })}</td>;
  return (
    <td data-passed={result.passed}>
      {formatScore(result.points, result.maxPoints)} ({formatPercent(result.percent)})
      <br />
      {result.passed
        ? translate({ id: 'gradebook.cell.passed', message: 'passed' })
        : translate({ id: 'gradebook.cell.notPassed', message: 'not passed' })}
      {result.late === true && <>, {translate({ id: 'gradebook.cell.late', message: 'late' })}</>}
      {result.version === 'older' && (
        <span className={styles.flag}>{translate({ id: 'gradebook.cell.older', message: 'older quiz version' })}</span>
      )}
      {result.differences.includes('score') && (
        <span className={styles.flag}>
          {translate({ id: 'gradebook.cell.stated', message: 'file said {score}' }, { score: formatScore(result.stated.points, result.stated.maxPoints) })}
        </span>
      )}
    </td>
  );
}

/** The file(s) a student's results come from: one, or several when each quiz's best counts. */
function filesOf(results: ReadonlyMap<string, GradedResult>): string {
  return [...new Set([...results.values()].map((result) => result.fileName))].join(', ');
}

/** Students by quiz, re-scored, with the file each row comes from and a class-average row. */
export default function GradebookTable({ gradebook }: { readonly gradebook: Gradebook }): ReactNode {
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby="gradebook-table-caption">
      <table className={styles.table}>
        <caption id="gradebook-table-caption">
          {translate({ id: 'gradebook.table.caption', message: 'Results by student ({count} students)' }, { count: gradebook.students.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{translate({ id: 'gradebook.table.student', message: 'Student' })}</th>
            <th scope="col">{translate({ id: 'gradebook.table.email', message: 'Email' })}</th>
            <th scope="col">{translate({ id: 'gradebook.table.file', message: 'File' })}</th>
            {gradebook.quizzes.map((quiz) => (
              <th scope="col" key={quiz.id}>
                {quiz.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {gradebook.students.map((student) => (
            <tr key={student.key}>
              <th scope="row">{student.name}</th>
              <td>{student.email ?? ''}</td>
              <td className={styles.fileName}>{filesOf(student.results)}</td>
              {gradebook.quizzes.map((quiz) => (
                <ResultCell key={quiz.id} result={student.results.get(quiz.id)} />
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {translate({ id: 'gradebook.table.average', message: 'Class average' })}
            </th>
            {gradebook.quizzes.map((quiz) => {
              const average = gradebook.averages.get(quiz.id);
              return (
                <td key={quiz.id}>
                  {average && average.count > 0
                    ? translate(
                        { id: 'gradebook.table.averageCell', message: '{points} / {max} ({percent}); {passed} passed; {count} results' },
                        {
                          points: formatPoints(average.meanPoints),
                          max: formatPoints(quiz.maxPoints),
                          percent: formatPercent(average.meanPercent),
                          passed: formatPercent(average.passRate * 100),
                          count: average.count,
                        },
                      )
                    : '–'}
                </td>
              );
            })}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
