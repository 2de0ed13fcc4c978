import { Fragment, type ReactNode } from 'react';
import clsx from 'clsx';
import type { ExcerptPart } from '@site/src/search/excerpt';
import styles from './styles.module.css';

export interface Props {
  readonly parts: readonly ExcerptPart[];
  readonly className?: string;
}

/** A search excerpt with its matching words marked. Every part is rendered as text, never HTML. */
export default function Excerpt({ parts, className }: Props): ReactNode {
  return (
    <p className={clsx(styles.excerpt, className)}>
      {parts.map((part, index) => (
        <Fragment key={index}>{part.isMatch ? <mark>{part.text}</mark> : part.text}</Fragment>
      ))}
    </p>
  );
}
