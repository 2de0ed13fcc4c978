import { translate } from '@docusaurus/Translate';
import type { SearchHit } from './hits';
import type { SearchKind } from './kinds';
import type { SearchState } from './useCourseSearch';

const KIND_LABELS: Record<SearchKind, () => string> = {
  lesson: () => translate({ id: 'search.kind.lesson', message: 'Lesson' }),
  glossary: () => translate({ id: 'search.kind.glossary', message: 'Glossary term' }),
  timeline: () => translate({ id: 'search.kind.timeline', message: 'Timeline event' }),
  page: () => translate({ id: 'search.kind.page', message: 'Course page' }),
};

/** What a hit is, as a reader sees it: 'Lesson', or 'Timeline event · July 1996'. */
export function hitKindLabel(hit: Pick<SearchHit, 'kind' | 'date'>): string {
  const kind = KIND_LABELS[hit.kind]();
  return hit.date ? `${kind} · ${hit.date}` : kind;
}

function resultCountText(total: number, query: string): string {
  if (total === 0) return translate({ id: 'search.status.none', message: 'No results for “{query}”.' }, { query });
  if (total === 1) return translate({ id: 'search.status.one', message: '1 result for “{query}”.' }, { query });
  return translate({ id: 'search.status.many', message: '{total} results for “{query}”.' }, { total, query });
}

/** What a live region says about a search: nothing, searching, the count, or that it failed. */
export function searchStatusText(state: SearchState): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'searching':
      return translate({ id: 'search.status.searching', message: 'Searching…' });
    case 'done':
      return resultCountText(state.total, state.query);
    case 'unavailable':
      return translate({
        id: 'search.status.unavailable',
        message: 'Search could not load. Offline, it finds what you have searched for before.',
      });
  }
}
