import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import styles from '../styles.module.css';
import type { PartProps } from './types';

export default function ShortAnswer({ question, answer, onAnswer, name }: PartProps<'short-answer'>): ReactNode {
  const inputId = `${name}-input`;
  return (
    <div className={styles.shortAnswer}>
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
