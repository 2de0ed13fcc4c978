import { useId, useState, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import type { Answer } from '@site/src/quiz/attempt';
import type { Question as QuestionData } from '@site/src/quiz/schema';
import { scoreQuestion } from '@site/src/quiz/scoring';
import { viewsOf } from '@site/src/quiz/types/views';
import Feedback from '../Feedback';
import { questionCounter, verdictOf } from '../messages';
import styles from './styles.module.css';

interface Props {
  readonly question: QuestionData;
  readonly answer: Answer;
  readonly position: number;
  readonly total: number;
  /** Practice mode: "Check" and the hint; in exam mode neither. */
  readonly isPractice: boolean;
  readonly isChecked: boolean;
  readonly isInteractive: boolean;
  readonly seed: string | null;
  readonly onAnswer: (answer: Answer) => void;
  readonly onCheck: () => void;
  /** The hint was opened (a right answer after it counts as helped in the review deck). */
  readonly onHintOpen: () => void;
  readonly announce: (message: string) => void;
}

/** One question: its legend ("Question N of M" and the prompt), controls, hint, "Check" and feedback. */
export default function Question(props: Props): ReactNode {
  const { question, answer, position, total, isPractice, isChecked, isInteractive, seed, onAnswer, onCheck, onHintOpen, announce } = props;
  const name = `quiz-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [isHintOpen, setHintOpen] = useState(false);
  const result = isPractice && isChecked ? scoreQuestion(question, answer) : null;
  const hint = isPractice ? question.hint : undefined;
  const { Input } = viewsOf(question.type);
  return (
    <fieldset className={styles.question} data-state={result ? verdictOf(result) : undefined}>
      <legend>
        <span className={styles.counter}>{questionCounter(position, total)}</span>
        <span className={styles.prompt}>{question.prompt}</span>
      </legend>
      <Input question={question} answer={answer} onAnswer={onAnswer} name={name} seed={seed} announce={announce} />
      {isPractice && (
        <div className={styles.actions}>
          <button type="button" className="button button--sm button--primary" onClick={onCheck} disabled={!isInteractive}>
            <Translate id="quiz.question.check">Check</Translate>
          </button>
          {hint && (
            <button
              type="button"
              className="button button--sm button--secondary"
              aria-expanded={isHintOpen}
              aria-controls={`${name}-hint`}
              onClick={() => {
                if (!isHintOpen) onHintOpen();
                setHintOpen(!isHintOpen);
              }}
            >
              {isHintOpen ? <Translate id="quiz.question.hideHint">Hide hint</Translate> : <Translate id="quiz.question.showHint">Show hint</Translate>}
            </button>
          )}
        </div>
      )}
      {hint && (
        <p id={`${name}-hint`} className={styles.hint} hidden={!isHintOpen}>
          {isHintOpen && hint}
        </p>
      )}
      {result && <Feedback question={question} result={result} />}
    </fieldset>
  );
}
