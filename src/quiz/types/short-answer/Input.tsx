import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';
import type { InputProps } from '../views';

export default function ShortAnswerInput({ question, answer, onAnswer, name }: InputProps<'short-answer'>): ReactNode {
  const inputId = `${name}-input`;
  return (
    <div className={styles.field}>
      <label htmlFor={inputId}>
        <Translate id="quiz.shortAnswer.label">Your answer</Translate>
        {question.unit ? ` (${question.unit})` : null}
      </label>
      <input
        id={inputId}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={answer.text}
        onChange={(event) => onAnswer({ type: 'short-answer', text: event.target.value })}
      />
    </div>
  );
}
