import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import type { Gradebook } from '@site/src/lib/gradebook/buildGradebook';
import type { QuizResult } from '@site/src/lib/results/schema';
import { formatPoints } from '@site/src/quiz/points';
import { formatPercent } from './format';
import styles from './styles.module.css';

function ResultCell({ result, maxPoints }: { result: QuizResult | undefined; maxPoints: number }): ReactNode {
  if (!result) return <td className={styles.missing}>{translate({ id: 'gradebook.cell.none', message: 'no result' })}</td>;
  return (
    <td data-passed={result.passed}>
      {formatPoints(result.points)} / {formatPoints(result.maxPoints || maxPoints)} ({formatPercent(result.percent)})
      <br />
      {result.passed
        ? translate({ id: 'gradebook.cell.passed', message: 'passed' })
        : translate({ id: 'gradebook.cell.notPassed', message: 'not passed' })}
      {result.late && <>, {translate({ id: 'gradebook.cell.late', message: 'late' })}</>}
    </td>
  );
}

/** Students by quiz, with a class-average row. */
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
              {gradebook.quizzes.map((quiz) => (
                <ResultCell key={quiz.id} result={student.results.get(quiz.id)} maxPoints={quiz.maxPoints} />
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
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
