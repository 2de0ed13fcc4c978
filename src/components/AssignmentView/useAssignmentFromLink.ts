import { useEffect, useState } from 'react';
import { decodeAssignmentLink, type DecodeResult } from '@site/src/lib/assignment/link';

/**
 * The assignment in the page's address (`#a=…`), read after mount so the pre-rendered page and
 * the first client render agree; `null` until then. Follows later changes of the fragment.
 */
export function useAssignmentFromLink(): DecodeResult | null {
  const [result, setResult] = useState<DecodeResult | null>(null);
  useEffect(() => {
    const read = () => setResult(decodeAssignmentLink(window.location.hash));
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  return result;
}
