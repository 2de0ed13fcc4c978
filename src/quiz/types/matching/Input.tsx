import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { shuffle } from '@site/src/lib/shuffle';
import styles from './styles.module.css';
import type { InputProps } from '../views';

/** One labelled native select per term: keyboard and screen-reader support come with the element. */
export default function MatchingInput({ question, answer, onAnswer, name, seed }: InputProps<'matching'>): ReactNode {
  // The choices are always shuffled (with a seed both server and client share), because in the
  // authored order they would sit beside their terms and give the answer away.
  const choices = shuffle(question.pairs, `${seed ?? 'matching'}:${question.id}`);
  const choose = (pairId: string, chosen: string) =>
    onAnswer({ type: 'matching', matches: { ...answer.matches, [pairId]: chosen === '' ? null : chosen } });
  return (
    <ul className={styles.list}>
      {question.pairs.map((pair) => {
        const selectId = `${name}-${pair.id}`;
        return (
          <li key={pair.id}>
            <label htmlFor={selectId}>{pair.term}</label>
            <select id={selectId} value={answer.matches[pair.id] ?? ''} onChange={(event) => choose(pair.id, event.target.value)}>
              <option value="">{translate({ id: 'quiz.matching.placeholder', message: 'Choose a match…' })}</option>
              {choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.match}
                </option>
              ))}
            </select>
          </li>
        );
      })}
    </ul>
  );
}
