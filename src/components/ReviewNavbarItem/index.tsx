import { useEffect, useState, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import DefaultNavbarItem from '@theme/NavbarItem/DefaultNavbarItem';
import type { Props as DefaultProps } from '@theme/NavbarItem/DefaultNavbarItem';
import { whenIdle } from '@site/src/lib/whenIdle';
import { useDueCount } from '@site/src/lib/review/useDueCount';

export type Props = Omit<DefaultProps, 'label' | 'to' | 'href'>;

function label(count: number | null): string {
  return count === null || count === 0
    ? translate({ id: 'review.navbar.label', message: 'Review' })
    : translate({ id: 'review.navbar.labelWithCount', message: 'Review ({count})' }, { count });
}

function CountedItem(props: Props): ReactNode {
  return <DefaultNavbarItem {...props} to="/review" label={label(useDueCount())} />;
}

/**
 * "Review (5)" in the navbar (desktop and mobile menu): a link to /review with the number of due
 * cards. It is "Review" in the pre-rendered HTML; the count comes from the progress document
 * alone, read once the browser is idle after hydration, and only if the learner has saved
 * progress: pages which otherwise never read progress (the timeline, the instructor tools) load
 * the progress store after their own work, and not at all for a newcomer.
 */
export default function ReviewNavbarItem(props: Props): ReactNode {
  const [isIdle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  return isIdle ? <CountedItem {...props} /> : <DefaultNavbarItem {...props} to="/review" label={label(null)} />;
}
