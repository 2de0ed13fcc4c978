import type { ReactNode } from 'react';
import type { QuestionResult } from '@site/src/quiz/attempt';
import type { Question } from '@site/src/quiz/schema';
import { viewsOf } from '@site/src/quiz/types/views';
import Verdict from '../Verdict';
import styles from './styles.module.css';

interface Props {
  readonly question: Question;
  readonly result: QuestionResult;
}

/** What "Check" shows under a question: the verdict and the explanations of what was chosen. */
export default function Feedback({ question, result }: Props): ReactNode {
  const explained = result.answer.type === question.type ? viewsOf(question.type).explainChoices(question, result.answer) : [];
  return (
    <div className={styles.feedback}>
      <Verdict result={result} />
      {explained.length > 0 && (
        <ul className={styles.explanations}>
          {explained.map((item) => (
            <li key={item.id}>
              <strong>{item.label}:</strong> {item.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
