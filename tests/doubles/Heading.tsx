import type { HTMLAttributes, ReactNode } from 'react';

interface Props extends HTMLAttributes<HTMLHeadingElement> {
  readonly as: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
}

export default function Heading({ as: As, ...rest }: Props): ReactNode {
  return <As {...rest} />;
}
