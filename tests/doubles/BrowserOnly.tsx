import type { ReactNode } from 'react';

interface Props {
  readonly children: () => ReactNode;
  readonly fallback?: ReactNode;
}

export default function BrowserOnly({ children }: Props): ReactNode {
  return children();
}
