import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import type { ChoiceOption } from '../schema/common';
import { ItemExplanation } from './ReviewRows';
import styles from './ChoiceReview.module.css';

interface Props {
  readonly options: readonly ChoiceOption[];
  readonly chosen: readonly string[];
}

/** Choice questions: every option, marked right or wrong and chosen or not, with its explanation. */
export default function ChoiceReview({ options, chosen }: Props): ReactNode {
  return (
    <ul className={styles.options}>
      {options.map((option) => (
        <li key={option.id} data-state={option.correct ? 'correct' : undefined}>
          <span>{option.text}</span>{' '}
          {option.correct && (
            <strong>
              (<Translate id="quiz.review.isCorrectOption">correct answer</Translate>)
            </strong>
          )}{' '}
          {chosen.includes(option.id) && (
            <em>
              (<Translate id="quiz.review.yourChoice">your choice</Translate>)
            </em>
          )}
          <ItemExplanation text={option.explanation} />
        </li>
      ))}
    </ul>
  );
}
