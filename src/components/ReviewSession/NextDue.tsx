import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import type { ReviewDeck } from '@site/src/review/schema';
import { nextDue } from '@site/src/review/due';
import { dueDateText, questionCountText } from './messages';

/** "Next review: 22 November 2026 (in 2 days), 3 questions." or nothing when no card waits. */
export default function NextDue({ deck, now }: { readonly deck: ReviewDeck | undefined; readonly now: number }): ReactNode {
  const next = nextDue(deck, now);
  if (!next) return null;
  return (
    <p>
      <Translate id="review.nextDue" values={{ date: dueDateText(next.at, now), questions: questionCountText(next.count) }}>
        {'Next review: {date}, {questions}.'}
      </Translate>
    </p>
  );
}
