import { timelineEras } from '@site/src/data/eras';
import { timelineEvents } from '@site/src/data/timeline';
import { placeEras } from '@site/src/timeline/overview/eras';
import { laneCategories } from '@site/src/timeline/overview/lanes';
import { layoutOverview, laneAt, nearestMark } from '@site/src/timeline/overview/layout';
import {
  decadeTicks,
  eventExtent,
  fromFraction,
  periodExtent,
  scaleFor,
  spanToYears,
  toFraction,
} from '@site/src/timeline/overview/scale';
import { summariseEvents } from '@site/src/timeline/overview/summary';

const course = scaleFor(timelineEvents);
const bounds = { from: 1946, to: 2024 };

describe('the overview axis', () => {
  it('runs from 1945 to the end of the year of the latest event, with a grid line each decade', () => {
    expect(course).toEqual({ firstYear: 1945, lastYear: 2024 });
    expect(decadeTicks(course)).toEqual([1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]);
    expect(toFraction(course, 1945)).toBe(0);
    expect(toFraction(course, 2025)).toBe(1);
    expect(toFraction(course, 1985)).toBe(0.5);
    expect(fromFraction(course, 0.5)).toBe(1985);
  });

  it('puts a date in the middle of the time it may mean, and a period from its first to its last day', () => {
    expect(eventExtent({ date: '1987' })).toEqual([1987.5, 1987.5]);
    const [december] = eventExtent({ date: '1947-12' });
    expect(december).toBeGreaterThan(1947 + 334 / 365);
    expect(december).toBeLessThan(1948);
    const [day, sameDay] = eventExtent({ date: '2018-01-01' });
    expect(day).toBeCloseTo(2018 + 0.5 / 365, 6);
    expect(sameDay).toBe(day);
    const [start, end] = eventExtent({ date: '1957-07-01', end: '1958-12-31' });
    expect(start).toBeCloseTo(1957 + 181 / 365, 6);
    expect(end).toBe(1959);
  });

  it('turns a dragged span into whole years, whichever way it was dragged', () => {
    const at = (year: number) => toFraction(course, year);
    expect(spanToYears(course, at(1980.5), at(1999.5), bounds)).toEqual({ from: 1980, to: 1999 });
    expect(spanToYears(course, at(1999.5), at(1980.5), bounds)).toEqual({ from: 1980, to: 1999 });
    // A span ending exactly where a year begins does not take that year in.
    expect(spanToYears(course, at(1980.2), at(1990), bounds)).toEqual({ from: 1980, to: 1989 });
    expect(spanToYears(course, at(1980.2), at(1980.6), bounds)).toEqual({ from: 1980, to: 1980 });
  });

  it('keeps a dragged span inside the years the filters accept', () => {
    expect(spanToYears(course, 0, 1, bounds)).toEqual({ from: 1946, to: 2024 });
    expect(spanToYears(course, -0.2, 0.001, bounds)).toEqual({ from: 1946, to: 1946 });
  });

  it('highlights a period from the start of its first year to the end of its last, open ends to the edge', () => {
    expect(periodExtent(course, undefined, undefined)).toBeNull();
    expect(periodExtent(course, 1985, 1994)).toEqual([0.5, 0.625]);
    expect(periodExtent(course, 1985, undefined)).toEqual([0.5, 1]);
    expect(periodExtent(course, undefined, 1984)).toEqual([0, 0.5]);
    expect(periodExtent(course, 2000, 1990)).toBeNull();
  });
});

describe('the course eras', () => {
  const bands = placeEras(timelineEras, timelineEvents, timelineEvents, course);

  it('open with dated events of the timeline and follow each other without a gap', () => {
    expect(bands.map((band) => `${band.name}, ${band.firstYear}–${band.lastYear}`)).toEqual([
      'Cold War science diplomacy, 1946–1996',
      'The globalised decades, 1996–2017',
      'Technology competition, 2017–2024',
    ]);
    bands.slice(1).forEach((band, index) => expect(band.start).toBe(bands[index]!.end));
    expect(bands.at(-1)!.end).toBe(2025);
  });

  it('count every event in exactly one era, the opening event in the era it opens', () => {
    expect(bands.map((band) => band.eventCount)).toEqual([23, 11, 42]);
    expect(bands.reduce((sum, band) => sum + band.eventCount, 0)).toBe(timelineEvents.length);
  });

  it('count only the given events, as a lesson’s chart does', () => {
    const nuclear = timelineEvents.filter((event) => event.category === 'nuclear');
    expect(placeEras(timelineEras, timelineEvents, nuclear, course).map((band) => band.eventCount)).toEqual([5, 0, 0]);
  });

  it('fail with the file and the era when an era opens with an unknown event or out of order', () => {
    expect(() => placeEras([{ id: 'late', name: 'Late', opensWith: 'no-such-event' }], timelineEvents, timelineEvents, course)).toThrow(
      'src/data/eras.ts: era "late" opens with unknown event "no-such-event"',
    );
    const swapped = [timelineEras[1], timelineEras[0]];
    expect(() => placeEras(swapped, timelineEvents, timelineEvents, course)).toThrow(
      'src/data/eras.ts: era "cold-war-science-diplomacy" must open after era "globalised-decades"',
    );
  });
});

describe('the overview layout', () => {
  const bands = placeEras(timelineEras, timelineEvents, timelineEvents, course);
  const layout = layoutOverview(timelineEvents, bands, course);

  it('has one lane per category with events and one mark per event, in its lane and on the axis', () => {
    expect(layout.lanes.map((lane) => lane.category)).toEqual(laneCategories(timelineEvents));
    expect(layout.lanes).toHaveLength(8);
    expect(layout.marks.map((mark) => mark.id)).toEqual(timelineEvents.map((event) => event.id));
    for (const mark of layout.marks) {
      const lane = layout.lanes[mark.lane]!;
      expect(timelineEvents.find((event) => event.id === mark.id)!.category).toBe(lane.category);
      expect(mark.y).toBeGreaterThan(lane.labelY);
      expect(mark.y).toBeLessThan(lane.bottom);
      expect(mark.x1).toBeGreaterThanOrEqual(0);
      expect(mark.x2).toBeLessThanOrEqual(1);
    }
    const igy = layout.marks.find((mark) => mark.id === 'international-geophysical-year')!;
    expect(igy.x2).toBeGreaterThan(igy.x1);
  });

  it('gives each era label its own row, on the side of its era with more room', () => {
    expect(new Set(layout.eraRows.map((row) => row.labelY)).size).toBe(3);
    expect(layout.eraRows.map((row) => row.anchor)).toEqual(['start', 'end', 'end']);
    expect(Math.max(...layout.eraRows.map((row) => row.barY))).toBeLessThan(layout.plotTop);
  });

  it('gives a lesson only the lanes its events need, and keeps its height fixed by its content', () => {
    const chips = timelineEvents.filter((event) => event.category === 'semiconductors');
    const small = layoutOverview(chips, bands, course);
    expect(small.lanes.map((lane) => lane.category)).toEqual(['semiconductors']);
    expect(small.height).toBeLessThan(layout.height);
  });

  it('finds the mark a pointer is near, in the lane it is in, within a tolerance', () => {
    const width = 800;
    const sputnik = layout.marks.find((mark) => mark.id === 'sputnik-1')!;
    const lane = laneAt(layout, sputnik.y);
    expect(layout.lanes[lane]!.category).toBe('space');
    expect(nearestMark(layout, lane, sputnik.x1 + 5 / width, width, 10)?.id).toBe('sputnik-1');
    expect(nearestMark(layout, lane, sputnik.x1 + 30 / width, width, 10)).toBeUndefined();
    expect(nearestMark(layout, laneAt(layout, 0), sputnik.x1, width, 10)).toBeUndefined();
    const igy = layout.marks.find((mark) => mark.id === 'international-geophysical-year')!;
    expect(nearestMark(layout, igy.lane, (igy.x1 + igy.x2) / 2, width, 0)?.id).toBe('international-geophysical-year');
  });
});

describe('the overview summary', () => {
  it('says how many events, from when to when, and where most fall', () => {
    expect(summariseEvents(timelineEvents)).toEqual({
      count: 76,
      firstYear: 1946,
      lastYear: 2024,
      categoryCount: 8,
      busiestDecade: 2020,
      busiestDecadeCount: 30,
    });
  });

  it('counts a period to its last year and picks the earlier decade of a tie', () => {
    const summary = summariseEvents([
      { date: '1957-07-01', end: '1970-01', category: 'space' },
      { date: '1962', category: 'nuclear' },
    ]);
    expect(summary).toMatchObject({ firstYear: 1957, lastYear: 1970, busiestDecade: 1950, busiestDecadeCount: 1 });
  });
});
