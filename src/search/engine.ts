/**
 * Runs a search in the browser with Pagefind's own search code, which the build writes beside the
 * site (`<baseUrl>pagefind/`, plugins/search-index). Loaded on demand by useCourseSearch, so no
 * page carries it: Pagefind then fetches only the index chunks a query needs and one fragment per
 * result shown.
 */
import { toSearchHits, type SearchHit } from './hits';
import { PagefindResultSchema } from './schema';

/**
 * Search-time ranking. A lesson's key terms (front matter `key_terms`) count as much as a title
 * would: searching a key term should find the lesson that teaches it before a page that only
 * mentions it. Measured on the course: with Pagefind's defaults a term such as "Wassenaar" put a
 * module overview and a checkpoint above the three lessons that teach it.
 */
export const SEARCH_RANKING = { metaWeights: { title: 5, keywords: 10 } } as const;

/** Words around the first match in an excerpt (Pagefind's default is 30). */
export const EXCERPT_WORDS = 24;

/** The part of Pagefind's browser API we use (pagefind.js, 1.6). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: readonly { data(): Promise<unknown> }[] } | null>;
}

export interface SearchOutcome {
  readonly hits: readonly SearchHit[];
  /** Matching pages and events in all, of which the first `limit` were loaded. */
  readonly total: number;
}

let loading: Promise<Pagefind> | null = null;

/** Pagefind, loaded once per page view from `bundleUrl` (which carries the site's base URL). */
export function loadPagefind(bundleUrl: string): Promise<Pagefind> {
  // A URL of the built site, not a module of ours: the bundler must leave it alone.
  loading ??= (import(/* webpackIgnore: true */ bundleUrl) as Promise<Pagefind>)
    .then(async (pagefind) => {
      await pagefind.options({
        // On the main thread: a worker would download its own 12 KB copy of the search code,
        // and a query over this index takes a few milliseconds.
        noWorker: true,
        // Results come back site-relative; links add the base URL (see routes.ts).
        baseUrl: '/',
        excerptLength: EXCERPT_WORDS,
        ranking: SEARCH_RANKING,
      });
      await pagefind.init();
      return pagefind;
    })
    .catch((error: unknown) => {
      // Not built (the dev server) or offline before the search code was cached: try again later.
      loading = null;
      throw error;
    });
  return loading;
}

/** The first `limit` results of a query; results whose data is not what we expect are skipped. */
export async function searchCourse(bundleUrl: string, query: string, limit: number): Promise<SearchOutcome> {
  const pagefind = await loadPagefind(bundleUrl);
  const search = await pagefind.search(query);
  const results = search?.results ?? [];
  const data = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  const hits = data.flatMap((item) => {
    const parsed = PagefindResultSchema.safeParse(item);
    return parsed.success ? toSearchHits(parsed.data) : [];
  });
  return { hits, total: results.length };
}
