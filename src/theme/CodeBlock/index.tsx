import { lazy, Suspense, type ReactNode } from 'react';
import type CodeBlockType from '@theme/CodeBlock';
import type { WrapperProps } from '@docusaurus/types';

type Props = WrapperProps<typeof CodeBlockType>;

// Prism and its languages load with the first code block a page renders, not with every page
// (see plugins/performance). The pre-rendered HTML still holds the highlighted code: the server
// render waits for lazy components, and the browser hydrates the block once its chunk arrives.
const HighlightedCodeBlock = lazy(() => import('./HighlightedCodeBlock'));

export default function CodeBlockWrapper(props: Props): ReactNode {
  return (
    <Suspense
      fallback={
        <pre>
          <code>{props.children}</code>
        </pre>
      }>
      <HighlightedCodeBlock {...props} />
    </Suspense>
  );
}
