import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import { useHistory } from '@docusaurus/router';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import { useIsLmsPackage } from '@site/src/components/LmsPackages/useIsLmsPackage';
import { searchStatusText } from '@site/src/search/labels';
import { searchPageRoute } from '@site/src/search/routes';
import { shownOutcome, useCourseSearch, usePreloadSearch } from '@site/src/search/useCourseSearch';
import { moveActive } from './activeOption';
import { useSearchShortcut } from './useSearchShortcut';
import Options from './Options';
import styles from './styles.module.css';

/**
 * Results suggested under the box. Each costs one small download (Pagefind loads a fragment per
 * result shown); four keep the first search of a common word under 100 KB gzip in all
 * (measured: "export controls" fetches about 95 KB, of which Pagefind's code is 74 KB).
 */
export const SUGGESTIONS = 4;

/**
 * The navbar's search box, except inside an LMS package: the package has no search index (it is
 * built from the site's pages), so it shows no box rather than one that cannot find anything.
 */
export default function SearchBar(): ReactNode {
  return useIsLmsPackage() ? null : <CourseSearchBar />;
}

/**
 * The search box (the theme's `@theme/SearchBar` slot): an ARIA combobox. Typing shows
 * suggestions; the arrow keys move through them, Enter opens one (or, with none chosen, the
 * results page), Escape closes them; Ctrl/⌘+K focuses the box from anywhere.
 */
function CourseSearchBar(): ReactNode {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const state = useCourseSearch(query, SUGGESTIONS);
  const preload = usePreloadSearch();
  const shortcutHint = useSearchShortcut(inputRef);
  const history = useHistory();
  const { withBaseUrl } = useBaseUrlUtils();

  const hits = shownOutcome(state)?.hits ?? [];
  const isExpanded = isOpen && query.trim() !== '';
  const hasOptions = isExpanded && hits.length > 0;
  // The hits, then "See all results".
  const optionCount = hasOptions ? hits.length + 1 : 0;
  const listboxId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;

  // Focus stays in the box (aria-activedescendant), so the list must bring the active option into
  // view itself when it is taller than the screen.
  useEffect(() => {
    if (active !== null) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]); // eslint-disable-line react-hooks/exhaustive-deps

  const open = (route: string) => {
    setQuery('');
    setIsOpen(false);
    setActive(null);
    inputRef.current?.blur();
    history.push(withBaseUrl(route));
  };
  const choose = (index: number) => open(hits[index]?.route ?? searchPageRoute(query));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setIsOpen(true);
      setActive(moveActive(active, optionCount, event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && hasOptions && active !== null) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && isExpanded) {
      // The first Escape closes the suggestions; the next clears the box (the browser's own).
      event.preventDefault();
      setIsOpen(false);
      setActive(null);
    }
  };

  const status = isExpanded ? searchStatusText(state) : '';

  return (
    <form
      role="search"
      aria-label={translate({ id: 'search.bar.label', message: 'Course search' })}
      className={styles.searchBar}
      onSubmit={(event) => {
        event.preventDefault();
        if (query.trim() !== '') open(searchPageRoute(query));
      }}>
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        className={clsx('navbar__search-input', styles.input)}
        aria-label={translate({ id: 'search.bar.input', message: 'Search the course' })}
        aria-expanded={hasOptions}
        aria-controls={hasOptions ? listboxId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={hasOptions && active !== null ? optionId(active) : undefined}
        aria-keyshortcuts="Control+K Meta+K"
        placeholder={translate({ id: 'search.bar.placeholder', message: 'Search' })}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setIsOpen(true);
          setActive(null);
        }}
        onFocus={() => {
          setIsOpen(true);
          preload();
        }}
        onBlur={() => setIsOpen(false)}
        onKeyDown={onKeyDown}
      />
      {query === '' && (
        <kbd className={styles.shortcut} aria-hidden="true">
          {shortcutHint}
        </kbd>
      )}
      {isExpanded && (
        // Clicking inside must not blur the input (which closes the suggestions).
        <div className={styles.popup} onMouseDown={(event) => event.preventDefault()}>
          {hasOptions ? (
            <Options
              id={listboxId}
              hits={hits}
              query={query}
              active={active}
              optionId={optionId}
              isBusy={state.status === 'searching'}
              onChoose={choose}
              onHover={setActive}
            />
          ) : (
            <p className={styles.message}>{status}</p>
          )}
        </div>
      )}
      {/* Only while the box is in use: pages keep their own status region the only one. It
          appears on focus, before any result, so screen readers announce what it then says. */}
      {isOpen && (
        <p role="status" className="visually-hidden">
          {status}
        </p>
      )}
    </form>
  );
}
