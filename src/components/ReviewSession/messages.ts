/** Reader-facing sentences of the Review page built from numbers and dates, through `translate()`. */
import { translate } from '@docusaurus/Translate';
import { formatDate } from '@site/src/lib/formatDateTime';
import { startOfDay } from '@site/src/review/days';

/** "today", "tomorrow", "in 3 days", in the learner's language. */
function relativeDay(at: number, now: number): string {
  const days = Math.round((startOfDay(at) - startOfDay(now)) / 86_400_000);
  return new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(days, 'day');
}

/** "22 November 2026 (in 2 days)". */
export function dueDateText(at: number, now: number): string {
  return `${formatDate(new Date(at).toISOString())} (${relativeDay(at, now)})`;
}

/** What a card's new schedule means, said after "Check". */
export function nextReviewText(dueAt: number, now: number): string {
  if (dueAt <= now) {
    return translate({ id: 'review.next.now', message: 'It stays due: it will be asked again in your next review.' });
  }
  return translate({ id: 'review.next.later', message: 'Next review: {date}.' }, { date: dueDateText(dueAt, now) });
}

export function questionCountText(count: number): string {
  return count === 1
    ? translate({ id: 'review.count.one', message: '1 question' })
    : translate({ id: 'review.count.many', message: '{count} questions' }, { count });
}
