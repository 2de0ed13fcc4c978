import { useId, useState, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import Feedback from './Feedback';
import { questionCounter, verdictOf } from './messages';
import { scoreQuestion } from './model';
import MultipleChoice from './questions/MultipleChoice';
import Matching from './questions/Matching';
import Ordering from './questions/Ordering';
import ShortAnswer from './questions/ShortAnswer';
import SingleChoice from './questions/SingleChoice';
import TrueFalse from './questions/TrueFalse';
import type { PartProps } from './questions/types';
import type { Question as QuestionData } from './schema';
import styles from './styles.module.css';
import type { Answer } from './types';

interface Props {
  readonly question: QuestionData;
  readonly answer: Answer;
  readonly position: number;
  readonly total: number;
  readonly isChecked: boolean;
  readonly isInteractive: boolean;
  readonly seed: string | null;
  readonly onAnswer: (answer: Answer) => void;
  readonly onCheck: () => void;
  readonly announce: (message: string) => void;
}

/** Picks the part for the question's type; the casts are safe because `answer.type` follows `question.type`. */
function Part(props: PartProps<QuestionData['type']>): ReactNode {
  switch (props.question.type) {
    case 'single':
      return <SingleChoice {...(props as PartProps<'single'>)} />;
    case 'multiple':
      return <MultipleChoice {...(props as PartProps<'multiple'>)} />;
    case 'true-false':
      return <TrueFalse {...(props as PartProps<'true-false'>)} />;
    case 'ordering':
      return <Ordering {...(props as PartProps<'ordering'>)} />;
    case 'matching':
      return <Matching {...(props as PartProps<'matching'>)} />;
    case 'short-answer':
      return <ShortAnswer {...(props as PartProps<'short-answer'>)} />;
  }
}

/** One question: its legend ("Question N of M" and the prompt), controls, hint, "Check" and feedback. */
export default function Question(props: Props): ReactNode {
  const { question, answer, position, total, isChecked, isInteractive, seed, onAnswer, onCheck, announce } = props;
  const name = `quiz-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [isHintOpen, setHintOpen] = useState(false);
  const result = isChecked ? scoreQuestion(question, answer) : null;
  return (
    <fieldset className={styles.question} data-state={result ? verdictOf(result) : undefined}>
      <legend>
        <span className={styles.counter}>{questionCounter(position, total)}</span>
        <span className={styles.prompt}>{question.prompt}</span>
      </legend>
      <Part question={question} answer={answer as never} onAnswer={onAnswer} name={name} seed={seed} announce={announce} />
      <div className={styles.actions}>
        <button type="button" className="button button--sm button--primary" onClick={onCheck} disabled={!isInteractive}>
          <Translate id="quiz.question.check">Check</Translate>
        </button>
        {question.hint && (
          <button
            type="button"
            className="button button--sm button--secondary"
            aria-expanded={isHintOpen}
            aria-controls={`${name}-hint`}
            onClick={() => setHintOpen((open) => !open)}
          >
            {isHintOpen ? <Translate id="quiz.question.hideHint">Hide hint</Translate> : <Translate id="quiz.question.showHint">Show hint</Translate>}
          </button>
        )}
      </div>
      {question.hint && (
        <p id={`${name}-hint`} className={styles.hint} hidden={!isHintOpen}>
          {isHintOpen && question.hint}
        </p>
      )}
      {result && <Feedback question={question} result={result} />}
    </fieldset>
  );
}
