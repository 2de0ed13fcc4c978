import { parseExcerpt } from '@site/src/search/excerpt';
import { toSearchHits } from '@site/src/search/hits';
import { keyTermWords } from '@site/src/search/keywords';
import { timelineEventRecord } from '@site/src/search/records';
import { routeOfResult, searchPageRoute } from '@site/src/search/routes';
import type { PagefindResult } from '@site/src/search/schema';
import { timelineEvents } from '@site/src/data/timeline';

describe('excerpts', () => {
  it('marks the matching words and keeps everything else as plain text', () => {
    expect(parseExcerpt('the <mark>Wassenaar</mark> Arrangement, <mark>Wassenaar</mark>')).toEqual([
      { text: 'the ', isMatch: false },
      { text: 'Wassenaar', isMatch: true },
      { text: ' Arrangement, ', isMatch: false },
      { text: 'Wassenaar', isMatch: true },
    ]);
  });

  it('turns escaped markup from the page text back into text, never into elements', () => {
    // What Pagefind makes of a page that shows "<img src=x onerror=alert(1)>" as text.
    const parts = parseExcerpt('a &lt;img src=x onerror=alert(1)&gt; and <mark>more</mark>');
    expect(parts[0]).toEqual({ text: 'a <img src=x onerror=alert(1)> and ', isMatch: false });
    expect(parts.filter((part) => part.isMatch).map((part) => part.text)).toEqual(['more']);
  });
});

describe('addresses', () => {
  it('turns the file Pagefind indexed into the clean URL the site serves, keeping the anchor', () => {
    expect(routeOfResult('/course/glossary.html#dual-use')).toBe('/course/glossary#dual-use');
    expect(routeOfResult('/course/semiconductors.html')).toBe('/course/semiconductors');
    expect(routeOfResult('/timeline#cern-founded')).toBe('/timeline#cern-founded');
  });

  it('builds the results page address from the query, without the base URL (links add it)', () => {
    expect(searchPageRoute('  export controls ')).toBe('/search?q=export+controls');
    expect(searchPageRoute('')).toBe('/search');
  });
});

const section = (title: string, url: string, excerpt: string, score: number) => ({
  title,
  url,
  excerpt,
  anchor: { element: 'h2', id: url.split('#')[1] },
  weighted_locations: [{ balanced_score: score }],
});

describe('search hits', () => {
  it('gives a lesson its matching sections, best first, without repeating the page excerpt', () => {
    const result: PagefindResult = {
      url: '/course/semiconductors/export-controls-and-industrial-policy.html',
      excerpt: 'the <mark>Wassenaar</mark> Arrangement',
      meta: { title: 'Export controls and industrial policy', kind: 'lesson' },
      sub_results: [
        { title: 'Export controls and industrial policy', url: '/course/semiconductors/export-controls-and-industrial-policy.html', excerpt: 'intro' },
        section('Allies align', '/course/semiconductors/export-controls-and-industrial-policy.html#allies-align', 'allies <mark>Wassenaar</mark>', 2),
        section('The basics', '/course/semiconductors/export-controls-and-industrial-policy.html#the-basics', 'the <mark>Wassenaar</mark> Arrangement', 9),
        section('In the sources', '/course/semiconductors/export-controls-and-industrial-policy.html#in-the-sources', 'sources <mark>Wassenaar</mark>', 5),
      ],
    };
    const [hit] = toSearchHits(result);
    expect(hit).toMatchObject({ kind: 'lesson', title: 'Export controls and industrial policy', route: '/course/semiconductors/export-controls-and-industrial-policy' });
    expect(hit!.sections.map((s) => [s.title, s.route])).toEqual([
      ['In the sources', '/course/semiconductors/export-controls-and-industrial-policy#in-the-sources'],
      ['Allies align', '/course/semiconductors/export-controls-and-industrial-policy#allies-align'],
    ]);
  });

  it('shows each matching glossary term as a result that opens at the term', () => {
    const result: PagefindResult = {
      url: '/course/glossary.html',
      excerpt: 'x',
      meta: { title: 'Glossary', kind: 'glossary' },
      sub_results: [
        section('Export controls', '/course/glossary.html#export-controls', 'see <mark>Wassenaar</mark>', 1),
        section('Wassenaar Arrangement', '/course/glossary.html#wassenaar-arrangement', 'the <mark>Wassenaar</mark> Arrangement', 8),
      ],
    };
    expect(toSearchHits(result).map((hit) => [hit.kind, hit.title, hit.route])).toEqual([
      ['glossary', 'Wassenaar Arrangement', '/course/glossary#wassenaar-arrangement'],
      ['glossary', 'Export controls', '/course/glossary#export-controls'],
    ]);
  });

  it('shows a timeline event with its date, and an unknown kind as a course page', () => {
    const event: PagefindResult = {
      url: '/timeline#wassenaar-arrangement',
      excerpt: 'The <mark>Wassenaar</mark> Arrangement begins operating',
      meta: { title: 'The Wassenaar Arrangement begins operating', kind: 'timeline', date: 'July 1996' },
      sub_results: [],
    };
    expect(toSearchHits(event)[0]).toMatchObject({ kind: 'timeline', date: 'July 1996', route: '/timeline#wassenaar-arrangement' });
    expect(toSearchHits({ ...event, meta: { title: 'Sources', kind: 'script' } })[0]!.kind).toBe('page');
  });
});

describe('what the build indexes', () => {
  it('indexes a lesson’s key terms as words', () => {
    expect(keyTermWords(['wassenaar-arrangement', 'open-ran', 42])).toBe('wassenaar arrangement open ran');
    expect(keyTermWords(undefined)).toBe('');
  });

  it('indexes every timeline event as a record that opens the timeline at the event, with its date', () => {
    const wassenaar = timelineEvents.find((event) => event.id === 'wassenaar-arrangement')!;
    expect(timelineEventRecord(wassenaar)).toEqual({
      url: '/timeline#wassenaar-arrangement',
      content: expect.stringContaining('The Wassenaar Arrangement begins operating. July 1996.'),
      language: 'en',
      meta: { title: 'The Wassenaar Arrangement begins operating', kind: 'timeline', date: 'July 1996' },
    });
  });
});
