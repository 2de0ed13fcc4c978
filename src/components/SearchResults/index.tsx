import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { searchStatusText } from '@site/src/search/labels';
import { shownOutcome, useCourseSearch } from '@site/src/search/useCourseSearch';
import Result from './Result';
import { useSearchQuery } from './useSearchQuery';
import styles from './styles.module.css';

/** Results loaded at a time: each costs a small download (one Pagefind fragment). */
export const PAGE_SIZE = 10;

/**
 * The results page's body: a search field, a live count, and the results with their matching
 * sections, ten at a time. After "Show more results", focus moves to the first new result.
 */
export default function SearchResults(): ReactNode {
  const inputId = useId();
  const [query, setQuery] = useSearchQuery();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const state = useCourseSearch(query, limit);
  // After "Show more results": the index of the first new result, to move focus to.
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  const firstNewLink = useRef<HTMLAnchorElement>(null);

  const outcome = shownOutcome(state);
  const hits = query.trim() === '' ? [] : (outcome?.hits ?? []);

  useEffect(() => {
    if (focusFrom === null || hits.length <= focusFrom) return;
    firstNewLink.current?.focus();
    setFocusFrom(null);
  }, [hits.length, focusFrom]);

  return (
    <>
      <form
        role="search"
        aria-label={translate({ id: 'search.page.form', message: 'Search the course' })}
        className={styles.form}
        onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={inputId} className={styles.label}>
          <Translate id="search.page.label">Search lessons, glossary terms and timeline events</Translate>
        </label>
        <input
          id={inputId}
          type="search"
          className={styles.input}
          value={query}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          onChange={(event) => {
            setQuery(event.target.value);
            setLimit(PAGE_SIZE);
          }}
        />
      </form>
      <p role="status" className={styles.status}>
        {searchStatusText(state)}
      </p>
      {hits.length > 0 && (
        <ol className={styles.results} aria-busy={state.status === 'searching'}>
          {hits.map((hit, index) => (
            <Result key={`${index}-${hit.route}`} hit={hit} linkRef={index === focusFrom ? firstNewLink : undefined} />
          ))}
        </ol>
      )}
      {outcome && outcome.total > limit && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setFocusFrom(hits.length);
            setLimit(limit + PAGE_SIZE);
          }}>
          <Translate id="search.page.more">Show more results</Translate>
        </button>
      )}
    </>
  );
}
