import { useMemo, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { formatEventDate } from '@site/src/timeline/dates';
import type { TimelineEvent } from '@site/src/timeline/schema';
import { timelineEras } from '@site/src/data/eras';
import { placeEras } from '@site/src/timeline/overview/eras';
import { layoutOverview } from '@site/src/timeline/overview/layout';
import { periodExtent, scaleFor, spanToYears, type YearSpan } from '@site/src/timeline/overview/scale';
import { summariseEvents } from '@site/src/timeline/overview/summary';
import Chart from './Chart';
import EraNote from './EraNote';
import Tooltip from './Tooltip';
import { useChartPointer } from './useChartPointer';
import { filteredSummary, pageSummary } from './summaryText';
import styles from './styles.module.css';

export interface Props {
  /** Every event of the timeline. */
  readonly events: readonly TimelineEvent[];
  /** The ids the filters keep; the other marks fade. */
  readonly shown: ReadonlySet<string>;
  /** The period filter, highlighted on the chart. */
  readonly from?: number;
  readonly to?: number;
  /** The years the period filter accepts: a dragged span is kept inside them. */
  readonly yearBounds: YearSpan;
  readonly onSelectSpan: (span: YearSpan) => void;
  /** A mark was clicked (or tapped twice): show its event. */
  readonly onActivate: (id: string) => void;
}

/**
 * The course timeline page's overview: every event on a year axis, one lane per category, over
 * the course's eras. It follows the filters, and a pointer can set the period by dragging. It is
 * one image to assistive technology; the list below is its full text and its keyboard path.
 */
export default function TimelineOverview({ events, shown, from, to, yearBounds, onSelectSpan, onActivate }: Props): ReactNode {
  const { scale, layout, summary, byId } = useMemo(() => {
    const scale = scaleFor(events);
    const bands = placeEras(timelineEras, events, events, scale);
    return {
      scale,
      layout: layoutOverview(events, bands, scale),
      summary: pageSummary(summariseEvents(events), bands),
      byId: new Map(events.map((event) => [event.id, event])),
    };
  }, [events]);
  const { handlers, brush, pointed } = useChartPointer(
    layout,
    (a, b) => onSelectSpan(spanToYears(scale, a, b, yearBounds)),
    (id) => {
      // A faded mark's event is hidden in the list: its label says so, and there is nowhere to go.
      if (!shown.has(id)) return false;
      onActivate(id);
      return true;
    },
  );
  const label = [summary, filteredSummary(shown.size, events.length, { from, to })].filter(Boolean).join(' ');
  const mark = pointed && layout.marks.find((candidate) => candidate.id === pointed.id);
  const event = pointed && byId.get(pointed.id);
  const brushYears = brush && spanToYears(scale, brush[0], brush[1], yearBounds);

  return (
    <figure className={styles.figure}>
      <div className={styles.plot}>
        <Chart
          layout={layout}
          label={label}
          shown={shown}
          period={periodExtent(scale, from, to)}
          brush={brush}
          pointedId={pointed?.id}
          className={styles.interactive}
          {...handlers}
        />
        {brush && brushYears && (
          <Tooltip x={(brush[0] + brush[1]) / 2} y={layout.plotTop} placement="below">
            {`${brushYears.from}–${brushYears.to}`}
          </Tooltip>
        )}
        {mark && event && (
          <Tooltip x={(mark.x1 + mark.x2) / 2} y={mark.y} placement={mark.y > layout.height / 2 ? 'above' : 'below'}>
            <strong>{event.title}</strong>
            <br />
            {formatEventDate(event)}
            <br />
            <span className={styles.hint}>
              {!shown.has(event.id)
                ? translate({ id: 'timeline.overview.hidden', message: 'Hidden by the filters' })
                : pointed.isTouch
                  ? translate({ id: 'timeline.overview.tapAgain', message: 'Tap again to go to it in the list' })
                  : translate({ id: 'timeline.overview.click', message: 'Click to go to it in the list' })}
            </span>
          </Tooltip>
        )}
      </div>
      <figcaption className={styles.caption}>
        <EraNote />{' '}
        <span className={styles.howTo}>
          <Translate id="timeline.overview.howTo">
            Drag across the chart to choose a period, or type years under “Filter events”. Point at a mark to see
            its event; click it, or tap it twice, to go to it in the list.
          </Translate>
        </span>
      </figcaption>
    </figure>
  );
}
