/**
 * Pagefind names a page by its file (`/course/glossary.html#dual-use`); the site serves it at the
 * clean URL (`/course/glossary#dual-use`, trailingSlash: false). Routes here are site-relative,
 * without the base URL: links add it (`<Link to>`, `withBaseUrl`), so the site works under a
 * sub-path too. The search page's own address is built the same way.
 */
export function routeOfResult(pagefindUrl: string): string {
  return pagefindUrl.replace(/\.html(?=[#?]|$)/, '');
}

export const SEARCH_PAGE_ROUTE = '/search';

/** The results page for a query: `/search?q=export%20controls`. */
export function searchPageRoute(query: string): string {
  const trimmed = query.trim();
  return trimmed === '' ? SEARCH_PAGE_ROUTE : `${SEARCH_PAGE_ROUTE}?${new URLSearchParams({ q: trimmed })}`;
}
