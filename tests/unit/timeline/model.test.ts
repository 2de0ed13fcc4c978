import { compareDates, endsBeforeStart, formatTimelineDate, formatEventDate, parseTimelineDate, sortEvents } from '@site/src/timeline/dates';
import { NO_FILTERS, filterEvents, hasActiveFilters, type TimelineFilters } from '@site/src/timeline/filters';
import { selectEvents } from '@site/src/timeline/selection';
import { parseFilters, serializeFilters } from '@site/src/timeline/urlState';
import type { TimelineEvent } from '@site/src/timeline/schema';
import { timelineEvents } from '@site/src/data/timeline';

function ev(id: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    date,
    title: id,
    summary: `${id} summary`,
    category: 'semiconductors',
    lessons: [],
    sources: [{ title: 'x', url: 'https://example.org/' }],
    ...extra,
  };
}

const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

describe('timeline dates', () => {
  it('parses year-only, year-month and full dates, and rejects days not in the calendar', () => {
    expect(parseTimelineDate('1987')).toEqual({ year: 1987 });
    expect(parseTimelineDate('1947-12')).toEqual({ year: 1947, month: 12 });
    expect(parseTimelineDate('2018-08-23')).toEqual({ year: 2018, month: 8, day: 23 });
    expect(parseTimelineDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
    expect(parseTimelineDate('2019-02-29')).toBeNull();
    expect(parseTimelineDate('1987 (Feb)')).toBeNull();
  });

  it('sorts a less precise date before a more precise one in the same period', () => {
    const shuffled = ['1987-09-16', '1987-03', '1987', '1987-02', '1986-07-31', '1988-11'];
    expect([...shuffled].sort(compareDates)).toEqual(['1986-07-31', '1987', '1987-02', '1987-03', '1987-09-16', '1988-11']);
    expect(compareDates('2019-05', '2019-05-01')).toBeLessThan(0);
    expect(compareDates('2019-05-15', '2019-05-15')).toBe(0);
  });

  it('orders events by start, a single date before a period starting the same day', () => {
    const events = [
      ev('iaea', '1957-07-29'),
      ev('igy', '1957-07-01', { end: '1958-12-31' }),
      ev('same-day', '1957-07-01'),
      ev('sputnik', '1957-10-04'),
      ev('year', '1957'),
    ];
    expect(ids(sortEvents(events))).toEqual(['year', 'same-day', 'igy', 'iaea', 'sputnik']);
  });

  it('keeps the course timeline in chronological order', () => {
    expect(ids(sortEvents(timelineEvents))).toEqual(ids(timelineEvents));
  });

  it('knows when a period ends before it starts, at any precision', () => {
    expect(endsBeforeStart('1958-12-31', '1957-07-01')).toBe(true);
    expect(endsBeforeStart('1957-07-01', '1958-12-31')).toBe(false);
    expect(endsBeforeStart('1957-07-01', '1957')).toBe(false);
    expect(endsBeforeStart('1957-07-01', '1957-06')).toBe(true);
    expect(endsBeforeStart('2023-11-01', '2023-11-01')).toBe(false);
  });

  it('formats dates as a reader writes them', () => {
    expect(formatTimelineDate('2018-08-23')).toBe('23 August 2018');
    expect(formatTimelineDate('1947-12')).toBe('December 1947');
    expect(formatTimelineDate('1987')).toBe('1987');
    expect(formatTimelineDate('1957-07-01')).toBe('1 July 1957');
    expect(formatEventDate({ date: '1957-07-01', end: '1958-12-31' })).toBe('1 July 1957 – 31 December 1958');
  });
});

describe('selecting events for a lesson', () => {
  const events = [
    ev('chips-1986', '1986-07-31'),
    ev('toolbox', '2020-01-29', { category: '5g-telecom' }),
    ev('igy', '1957-07-01', { end: '1958-12-31', category: 'science-diplomacy' }),
    ev('chips-act', '2022-08-09'),
  ];

  it('selects by category and returns them in date order', () => {
    expect(ids(selectEvents(events, { categories: ['semiconductors'] }))).toEqual(['chips-1986', 'chips-act']);
  });

  it('selects by ids, whatever order they are given in', () => {
    expect(ids(selectEvents(events, { ids: ['chips-act', 'igy'] }))).toEqual(['igy', 'chips-act']);
  });

  it('selects by an inclusive range of years, counting a period that overlaps the range', () => {
    expect(ids(selectEvents(events, { from: 1958, to: 1986 }))).toEqual(['igy', 'chips-1986']);
    expect(ids(selectEvents(events, { from: 2020 }))).toEqual(['toolbox', 'chips-act']);
  });

  it('selects everything when no criterion is given', () => {
    expect(selectEvents(events, {})).toHaveLength(4);
  });
});

describe('filtering the timeline page', () => {
  const filters = (f: Partial<TimelineFilters>): TimelineFilters => ({ ...NO_FILTERS, ...f });

  it('matches text in titles and summaries regardless of case and accents', () => {
    expect(ids(filterEvents(timelineEvents, filters({ query: 'HUAWEI' })))).toContain('australia-5g-security-guidance');
    expect(ids(filterEvents(timelineEvents, filters({ query: 'detente' })))).toEqual(['apollo-soyuz']);
    expect(ids(filterEvents(timelineEvents, filters({ query: 'Détente' })))).toEqual(['apollo-soyuz']);
  });

  it('requires every word of the search, in any order', () => {
    const found = filterEvents(timelineEvents, filters({ query: 'ZTE ban' }));
    expect(ids(found)).toEqual(['fcc-huawei-zte-ban']);
  });

  it('combines categories, years and text', () => {
    const found = filterEvents(
      timelineEvents,
      filters({ categories: ['semiconductors', '5g-telecom'], from: 2019, to: 2019, query: 'huawei' }),
    );
    expect(ids(found)).toEqual(['huawei-entity-list']);
  });

  it('shows every event when nothing is filtered, and nothing for an impossible range', () => {
    expect(filterEvents(timelineEvents, NO_FILTERS)).toHaveLength(timelineEvents.length);
    expect(filterEvents(timelineEvents, filters({ from: 2000, to: 1990 }))).toEqual([]);
  });

  it('knows whether any filter is active', () => {
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
    expect(hasActiveFilters(filters({ query: '  ' }))).toBe(false);
    expect(hasActiveFilters(filters({ to: 1990 }))).toBe(true);
  });
});

describe('filters in the URL', () => {
  it('reads categories, years and text from a shared link', () => {
    expect(parseFilters('?category=semiconductors,5g-telecom&from=1980&to=2000&q=huawei')).toEqual({
      categories: ['semiconductors', '5g-telecom'],
      from: 1980,
      to: 2000,
      query: 'huawei',
    });
  });

  it('ignores unknown categories, malformed years and other parameters', () => {
    expect(parseFilters('?category=chips,nuclear,nuclear&from=80&to=20001&utm_source=x')).toEqual({
      categories: ['nuclear'],
      query: '',
    });
  });

  it('keeps markup in the search as plain text and cuts overlong text', () => {
    expect(parseFilters('?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E').query).toBe('<img src=x onerror=alert(1)>');
    expect(parseFilters(`?q=${'a'.repeat(500)}`).query).toHaveLength(100);
  });

  it('writes a readable query string, or none when nothing is filtered', () => {
    expect(serializeFilters(NO_FILTERS)).toBe('');
    expect(
      serializeFilters({ categories: ['5g-telecom', 'semiconductors'], from: 1980, to: 2000, query: 'huawei' }),
    ).toBe('?category=semiconductors,5g-telecom&from=1980&to=2000&q=huawei');
  });

  it.each<TimelineFilters>([
    NO_FILTERS,
    { categories: ['space'], query: '' },
    { categories: [], from: 1957, query: '' },
    { categories: ['nuclear', 'values-and-governance'], to: 1970, query: 'Atoms for peace & “war”?' },
    { categories: [], query: 'Détente 100%' },
  ])('round-trips %j through the URL', (filters) => {
    expect(parseFilters(serializeFilters(filters))).toEqual(filters);
  });
});
