import { useEffect, useRef, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type { ReviewDeck } from '@site/src/review/schema';
import { countDue } from '@site/src/review/due';
import NextDue from './NextDue';
import { questionCountText } from './messages';
import styles from './styles.module.css';

export interface Props {
  readonly answered: number;
  readonly right: number;
  readonly deck: ReviewDeck | undefined;
  readonly onRestart: () => void;
}

/** The end of a session (finished or stopped): how it went and when the next cards are due. It takes focus. */
export default function Summary({ answered, right, deck, onRestart }: Props): ReactNode {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const now = Date.now();
  const dueNow = countDue(deck, now);
  return (
    <section className={styles.summary} aria-labelledby="review-summary">
      <h2 id="review-summary" ref={heading} tabIndex={-1}>
        <Translate id="review.summary.heading">Session over</Translate>
      </h2>
      <p>
        {answered === 0 ? (
          <Translate id="review.summary.none">You stopped before answering a question.</Translate>
        ) : (
          <Translate id="review.summary.score" values={{ questions: questionCountText(answered), right }}>
            {'You reviewed {questions} and got {right} right.'}
          </Translate>
        )}
      </p>
      <NextDue deck={deck} now={now} />
      <div className={styles.actions}>
        {dueNow > 0 && (
          <button type="button" className="button button--primary" onClick={onRestart}>
            <Translate id="review.summary.again" values={{ questions: questionCountText(dueNow) }}>
              {'Review the {questions} due now'}
            </Translate>
          </button>
        )}
        <Link className="button button--secondary" to="/progress">
          <Translate id="review.summary.progress">See your deck on My progress</Translate>
        </Link>
      </div>
    </section>
  );
}
