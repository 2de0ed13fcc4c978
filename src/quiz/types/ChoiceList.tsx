import type { ReactNode } from 'react';
import styles from './ChoiceList.module.css';

export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly isChecked: boolean;
}

interface Props {
  readonly kind: 'radio' | 'checkbox';
  readonly name: string;
  readonly choices: readonly Choice[];
  readonly onChange: (value: string, isChecked: boolean) => void;
}

/** Native radio buttons or checkboxes, one per choice, each inside its label. */
export default function ChoiceList({ kind, name, choices, onChange }: Props): ReactNode {
  return (
    <ul className={styles.options}>
      {choices.map((choice) => (
        <li key={choice.value}>
          <label className={styles.choice}>
            <input
              type={kind}
              name={name}
              value={choice.value}
              checked={choice.isChecked}
              onChange={(event) => onChange(choice.value, event.target.checked)}
            />
            <span>{choice.label}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
