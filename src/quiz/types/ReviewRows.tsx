/** The parts every type's review is built from: a list of labelled rows and the common labels. */
import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import styles from './ReviewRows.module.css';

export const noAnswer = <Translate id="quiz.review.noAnswer">No answer</Translate>;
export const yourAnswerLabel = <Translate id="quiz.review.yourAnswer">Your answer</Translate>;
export const correctAnswerLabel = <Translate id="quiz.review.correctAnswer">Correct answer</Translate>;

export function ReviewList({ children }: { readonly children: ReactNode }): ReactNode {
  return <dl className={styles.list}>{children}</dl>;
}

export function Row({ label, children }: { readonly label: ReactNode; readonly children: ReactNode }): ReactNode {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** An option's, item's or pair's own explanation, on a line of its own. */
export function ItemExplanation({ text }: { readonly text: string | undefined }): ReactNode {
  return text ? <span className={styles.explanation}>{text}</span> : null;
}
