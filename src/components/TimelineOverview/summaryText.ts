import { translate } from '@docusaurus/Translate';
import type { EraBand } from '@site/src/timeline/overview/eras';
import type { YearScale } from '@site/src/timeline/overview/scale';
import type { EventsSummary } from '@site/src/timeline/overview/summary';

function erasText(bands: readonly EraBand[]): string {
  return bands
    .map((band) =>
      translate(
        { id: 'timeline.overview.summary.era', message: '{name}, {from}–{to}: {count} events' },
        { name: band.name, from: band.firstYear, to: band.lastYear, count: band.eventCount },
      ),
    )
    .join('; ');
}

/** The course timeline chart's text alternative, e.g. "73 events, 1946–2024 … busiest decade: the 2020s, with 29. …" */
export function pageSummary(summary: EventsSummary, bands: readonly EraBand[]): string {
  return translate(
    {
      id: 'timeline.overview.summary.page',
      message:
        'Chart of the timeline: {count} events, {from}–{to}, in {categories} categories; busiest decade: the {decade}s, with {decadeCount}. Eras: {eras}.',
    },
    {
      count: summary.count,
      from: summary.firstYear,
      to: summary.lastYear,
      categories: summary.categoryCount,
      decade: summary.busiestDecade,
      decadeCount: summary.busiestDecadeCount,
      eras: erasText(bands),
    },
  );
}

/** What the filters change in the chart, added to its text alternative ('' when unfiltered). */
export function filteredSummary(shown: number, total: number, period: { from?: number; to?: number }): string {
  const parts: string[] = [];
  if (shown < total) {
    parts.push(
      translate(
        { id: 'timeline.overview.summary.faded', message: '{shown} of {total} events match the filters; the others are faded.' },
        { shown, total },
      ),
    );
  }
  if (period.from !== undefined || period.to !== undefined) {
    parts.push(
      translate(
        { id: 'timeline.overview.summary.period', message: 'Highlighted: {from} to {to}.' },
        {
          from: period.from ?? translate({ id: 'timeline.overview.summary.start', message: 'the start' }),
          to: period.to ?? translate({ id: 'timeline.overview.summary.end', message: 'the end' }),
        },
      ),
    );
  }
  return parts.join(' ');
}

/** A lesson's chart's text alternative: its events placed on the whole axis and the eras. */
export function lessonSummary(summary: EventsSummary, bands: readonly EraBand[], scale: YearScale): string {
  return translate(
    {
      id: 'timeline.overview.summary.lesson',
      message: 'Chart of {count} events of this lesson, {from}–{to}, on the course timeline from {axisFrom} to {axisTo}. Eras: {eras}.',
    },
    {
      count: summary.count,
      from: summary.firstYear,
      to: summary.lastYear,
      axisFrom: scale.firstYear,
      axisTo: scale.lastYear,
      eras: erasText(bands),
    },
  );
}
