import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type { GradebookQuiz, GradebookStudent } from '@site/src/lib/gradebook/buildGradebook';
import { analyseQuiz } from '@site/src/lib/gradebook/itemAnalysis';
import { NO_ANSWER } from '@site/src/quiz/questionModel';
import { formatIndex, formatPercent } from './format';
import ItemChart from './ItemChart';
import charts from './charts.module.css';
import styles from './styles.module.css';

export interface Props {
  readonly quiz: GradebookQuiz;
  readonly students: readonly GradebookStudent[];
}

/** One quiz's item analysis: difficulty, discrimination and wrong choices per question, and a chart beside. */
export default function ItemAnalysis({ quiz, students }: Props): ReactNode {
  const stats = analyseQuiz(quiz.id, students);
  const captionId = `item-analysis-${quiz.id}`;
  const tableId = `item-analysis-table-${quiz.id}`;
  return (
    <section className={styles.analysis}>
      <Heading as="h3" id={captionId}>
        {quiz.title}
      </Heading>
      <div className={charts.beside}>
        <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby={captionId}>
          <table className={styles.table} id={tableId}>
            <thead>
              <tr>
                <th scope="col">{translate({ id: 'gradebook.items.question', message: 'Question' })}</th>
                <th scope="col">{translate({ id: 'gradebook.items.answered', message: 'Answered' })}</th>
                <th scope="col">{translate({ id: 'gradebook.items.correct', message: 'Share correct (p)' })}</th>
                <th scope="col">{translate({ id: 'gradebook.items.discrimination', message: 'Discrimination (D)' })}</th>
                <th scope="col">{translate({ id: 'gradebook.items.distractors', message: 'Wrong choices picked' })}</th>
              </tr>
            </thead>
            <tbody>
              {stats.map((item) => (
                <tr key={item.questionId}>
                  <th scope="row">{item.questionId}</th>
                  <td>{item.responses}</td>
                  <td>{formatPercent(item.difficulty * 100)}</td>
                  <td>{formatIndex(item.discrimination)}</td>
                  <td>
                    {item.distractors === null
                      ? translate({ id: 'gradebook.items.notChoice', message: 'not a choice question' })
                      : item.distractors.length === 0
                        ? translate({ id: 'gradebook.items.noWrong', message: 'none' })
                        : item.distractors
                            .map(({ choice, count }) =>
                              `${choice === NO_ANSWER ? translate({ id: 'gradebook.items.noAnswer', message: 'no answer' }) : choice} × ${count}`,
                            )
                            .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ItemChart stats={stats} tableId={tableId} />
      </div>
    </section>
  );
}
