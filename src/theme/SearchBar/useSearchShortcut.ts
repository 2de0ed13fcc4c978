import { useEffect, useState, type RefObject } from 'react';

const isShortcut = (event: KeyboardEvent) =>
  event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;

/**
 * Ctrl+K (⌘K on a Mac) from anywhere on the page focuses the search box, as on most
 * documentation sites. Returns the hint to show; it is "Ctrl K" until mount, so the pre-rendered
 * HTML and the first client render match.
 */
export function useSearchShortcut(inputRef: RefObject<HTMLInputElement | null>): string {
  const [hint, setHint] = useState('Ctrl K');
  useEffect(() => {
    if (/Mac|iPhone|iPad/.test(navigator.platform)) setHint('⌘ K');
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      // The browser's own Ctrl+K would focus its address bar instead.
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [inputRef]);
  return hint;
}
