import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import DefaultNavbarItem from '@theme/NavbarItem/DefaultNavbarItem';
import type { Props as DefaultProps } from '@theme/NavbarItem/DefaultNavbarItem';
import { useDueCount } from '@site/src/lib/review/useDueCount';

export type Props = Omit<DefaultProps, 'label' | 'to' | 'href'>;

/**
 * "Review (5)" in the navbar (desktop and mobile menu): a link to /review with the number of due
 * cards. It is "Review" in the pre-rendered HTML and until progress has loaded, then the count
 * comes from the progress document alone, so every page carries only this and the due count.
 */
export default function ReviewNavbarItem(props: Props): ReactNode {
  const count = useDueCount();
  const label =
    count === null || count === 0
      ? translate({ id: 'review.navbar.label', message: 'Review' })
      : translate({ id: 'review.navbar.labelWithCount', message: 'Review ({count})' }, { count });
  return <DefaultNavbarItem {...props} to="/review" label={label} />;
}
