/**
 * From Pagefind's results to what the search box and the results page show. Pure.
 *
 * - A lesson or page is one hit, with its matching sections (headings) for the results page.
 * - The glossary is a list of terms: each matching term is a hit of its own, opening at the term.
 * - A timeline event is a hit that opens the timeline at the event.
 */
import { parseExcerpt, type ExcerptPart } from './excerpt';
import { isSearchKind, type SearchKind } from './kinds';
import { routeOfResult } from './routes';
import type { PagefindResult, PagefindSection } from './schema';

export interface SearchSection {
  readonly title: string;
  /** Site-relative, without the base URL. */
  readonly route: string;
  readonly excerpt: readonly ExcerptPart[];
}

export interface SearchHit extends SearchSection {
  readonly kind: SearchKind;
  /** Timeline events: when it happened ('July 1996'). */
  readonly date?: string;
  /** Lessons and pages: the sections that match, best first. */
  readonly sections: readonly SearchSection[];
}

/** Sections of a page shown on the results page; glossary terms per glossary result. */
export const MAX_SECTIONS = 3;
export const MAX_TERMS = 2;

const score = (section: PagefindSection) =>
  (section.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);

/** Sections that start at a heading, the best matches first, except one with `skipExcerpt`. */
function headingSections(result: PagefindResult, limit: number, skipExcerpt?: string): SearchSection[] {
  return result.sub_results
    .filter((section) => section.anchor !== undefined && section.excerpt !== skipExcerpt)
    .sort((a, b) => score(b) - score(a))
    .slice(0, limit)
    .map((section) => ({ title: section.title, route: routeOfResult(section.url), excerpt: parseExcerpt(section.excerpt) }));
}

export function toSearchHits(result: PagefindResult): SearchHit[] {
  const kind: SearchKind = isSearchKind(result.meta['kind']) ? result.meta['kind'] : 'page';
  const page = {
    kind,
    title: result.meta['title'] ?? routeOfResult(result.url),
    route: routeOfResult(result.url),
    excerpt: parseExcerpt(result.excerpt),
  };
  switch (kind) {
    case 'glossary': {
      const terms = headingSections(result, MAX_TERMS).map((term) => ({ ...term, kind, sections: [] }));
      return terms.length > 0 ? terms : [{ ...page, sections: [] }];
    }
    case 'timeline':
      return [{ ...page, date: result.meta['date'], sections: [] }];
    default:
      // Not the section whose excerpt is the page's own: the same words would show twice.
      return [{ ...page, sections: headingSections(result, MAX_SECTIONS, result.excerpt) }];
  }
}
