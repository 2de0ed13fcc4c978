/**
 * What a search result is. Pages say it with `data-search-kind` on their indexed body (see
 * src/theme/DocItem/Content); timeline events are indexed as records of their own
 * (plugins/search-index). Anything else indexed is a course page.
 */
export const SEARCH_KINDS = ['lesson', 'glossary', 'timeline', 'page'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export function isSearchKind(value: unknown): value is SearchKind {
  return SEARCH_KINDS.includes(value as SearchKind);
}

/** The doc whose headings are glossary terms: its sections are shown as terms. */
export const GLOSSARY_DOC_ID = 'glossary';

/**
 * How Pagefind reads our metadata from an indexed body: `kind` from `data-search-kind`,
 * `keywords` (a lesson's key terms) from `data-search-keywords`. Attribute form, because a
 * literal `key:value` in `data-pagefind-meta` swallows the rest of the list.
 */
export const PAGEFIND_META = 'kind[data-search-kind], keywords[data-search-keywords]';
