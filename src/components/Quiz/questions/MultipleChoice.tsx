import type { ReactNode } from 'react';
import { shuffle } from '../model';
import styles from '../styles.module.css';
import type { PartProps } from './types';

export default function MultipleChoice({ question, answer, onAnswer, name, seed }: PartProps<'multiple'>): ReactNode {
  const options = seed === null ? question.options : shuffle(question.options, `${seed}:${question.id}`);
  const toggle = (id: string, isChecked: boolean) => {
    const others = answer.optionIds.filter((chosen) => chosen !== id);
    onAnswer({ type: 'multiple', optionIds: isChecked ? [...others, id] : others });
  };
  return (
    <ul className={styles.options}>
      {options.map((option) => (
        <li key={option.id}>
          <label className={styles.choice}>
            <input
              type="checkbox"
              name={name}
              value={option.id}
              checked={answer.optionIds.includes(option.id)}
              onChange={(event) => toggle(option.id, event.target.checked)}
            />
            <span>{option.text}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
