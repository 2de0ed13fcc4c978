import type { ReactNode } from 'react';

export interface Props {
  readonly category?: string;
  readonly from?: string;
  readonly to?: string;
  readonly ids?: readonly string[];
}

// Interim view until the timeline lands.
export default function Timeline(_props: Props): ReactNode {
  return null;
}
