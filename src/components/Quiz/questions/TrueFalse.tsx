import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import styles from '../styles.module.css';
import type { PartProps } from './types';

export function trueFalseLabel(value: boolean): string {
  return value
    ? translate({ id: 'quiz.trueFalse.true', message: 'True' })
    : translate({ id: 'quiz.trueFalse.false', message: 'False' });
}

export default function TrueFalse({ answer, onAnswer, name }: PartProps<'true-false'>): ReactNode {
  return (
    <ul className={styles.options}>
      {[true, false].map((value) => (
        <li key={String(value)}>
          <label className={styles.choice}>
            <input
              type="radio"
              name={name}
              value={String(value)}
              checked={answer.value === value}
              onChange={() => onAnswer({ type: 'true-false', value })}
            />
            <span>{trueFalseLabel(value)}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
