import type { ReactNode } from 'react';
import { shuffle } from '../model';
import styles from '../styles.module.css';
import type { PartProps } from './types';

export default function SingleChoice({ question, answer, onAnswer, name, seed }: PartProps<'single'>): ReactNode {
  const options = seed === null ? question.options : shuffle(question.options, `${seed}:${question.id}`);
  return (
    <ul className={styles.options}>
      {options.map((option) => (
        <li key={option.id}>
          <label className={styles.choice}>
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={answer.optionId === option.id}
              onChange={() => onAnswer({ type: 'single', optionId: option.id })}
            />
            <span>{option.text}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
