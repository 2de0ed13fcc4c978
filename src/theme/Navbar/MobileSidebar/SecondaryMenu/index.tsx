import { useState, type ReactNode } from 'react';
import SecondaryMenu from '@theme-original/Navbar/MobileSidebar/SecondaryMenu';
import type SecondaryMenuType from '@theme/Navbar/MobileSidebar/SecondaryMenu';
import type { WrapperProps } from '@docusaurus/types';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';

type Props = WrapperProps<typeof SecondaryMenuType>;

/**
 * On a phone the theme renders the whole course sidebar into the (closed) mobile menu right after
 * hydration, in one synchronous render: about 100 ms of blocked main thread on a mid-range phone
 * (Lighthouse TBT) on every course page. It is rendered the first time the menu opens instead,
 * and kept afterwards. The menu panel itself is always there, so it still slides in.
 */
export default function SecondaryMenuWrapper(props: Props): ReactNode {
  const { shown } = useNavbarMobileSidebar();
  const [hasBeenShown, setHasBeenShown] = useState(shown);
  // Adjusting state while rendering (React's documented pattern): no extra commit, no effect.
  if (shown && !hasBeenShown) setHasBeenShown(true);
  return hasBeenShown ? <SecondaryMenu {...props} /> : null;
}
