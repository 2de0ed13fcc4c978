/**
 * The review count as a reader sees it, and progress that gives it one due card: shared by the
 * tests of when the count loads the progress store (tests/unit/review/dueCount*.test.tsx), which
 * are separate files because each needs a page on which nothing has loaded the store yet.
 */
import type { ReactNode } from 'react';
import { act } from '@testing-library/react';
import { useDueCount } from '@site/src/lib/review/useDueCount';
import { emptyProgress, type ProgressDocument } from '@site/src/lib/progress';
import { withCard } from '@site/src/review/deck';
import { rateCard } from '@site/src/review/scheduler';

export function DueCount(): ReactNode {
  const count = useDueCount();
  return <p>{count === null ? 'not counted' : `${count} due`}</p>;
}

/** Progress with one card missed a minute ago, so due now. */
export function progressWithDueCard(): ProgressDocument {
  const now = Date.now();
  const review = withCard(undefined, { quizId: 'made', questionId: 'q1' }, 'h1', rateCard(null, 'again', now - 60_000), now);
  return { ...emptyProgress(), review };
}

/** Lets the effects and promises that follow a render run. */
export const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
