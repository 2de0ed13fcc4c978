import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Timeline from '@site/src/components/Timeline';
import TimelinePage from '@site/src/pages/timeline';
import { timelineEvents } from '@site/src/data/timeline';

const TOTAL = timelineEvents.length;
/** jsdom lays nothing out: the chart is given an 800 × 400 px box at the page's top left. */
const WIDTH = 800;

function openPage(search = '') {
  window.history.replaceState(null, '', `/timeline${search}`);
  const user = userEvent.setup();
  render(<TimelinePage />);
  const chart = screen.getByRole('img', { name: /^Chart of the timeline/ });
  jest.spyOn(chart, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 0, y: 0, width: WIDTH, height: 400 }));
  return { user, chart };
}

/** The chart's marks, one per event in the events' order. */
function marks(chart: Element): SVGLineElement[] {
  return [...chart.querySelectorAll<SVGLineElement>('[data-marks] > line')];
}

/** Where an event's mark is drawn on the course page's chart, in the chart's 800 px box. */
function markPoint(chart: Element, id: string) {
  const mark = marks(chart)[timelineEvents.findIndex((event) => event.id === id)]!;
  return { clientX: (parseFloat(mark.getAttribute('x1')!) / 100) * WIDTH, clientY: Number(mark.getAttribute('y1')) };
}

/** The x of a year on the 1945–2024 axis. */
const xOf = (year: number) => ((year - 1945) / 80) * WIDTH;

beforeAll(() => {
  // jsdom has no scrolling; the page scrolls a clicked mark's event into view.
  Element.prototype.scrollIntoView = jest.fn();
});

describe('the overview on the course timeline page', () => {
  it('is one image with a text summary, and one mark per event of the list', () => {
    const { chart } = openPage();
    expect(chart).toHaveAccessibleName(
      'Chart of the timeline: 76 events, 1946–2024, in 8 categories; busiest decade: the 2020s, with 30. Eras: ' +
        'Cold War science diplomacy, 1946–1996: 23 events; The globalised decades, 1996–2017: 11 events; ' +
        'Technology competition, 2017–2024: 42 events.',
    );
    expect(marks(chart)).toHaveLength(TOTAL);
    // In the list's order, so each mark sits at its own event's date.
    const listed = screen.getAllByRole('listitem').filter((item) => item.id).map((item) => item.id);
    expect(listed).toEqual(timelineEvents.map((event) => event.id));
    marks(chart).forEach((mark, index) => {
      const drawnYear = 1945 + (parseFloat(mark.getAttribute('x1')!) / 100) * 80;
      expect(Math.abs(drawnYear - (Number(timelineEvents[index]!.date.slice(0, 4)) + 0.5))).toBeLessThanOrEqual(0.51);
    });
    expect(marks(chart).some((mark) => mark.dataset.shown === 'false')).toBe(false);
    expect(screen.getByRole('figure')).toHaveTextContent(/course’s own three eras.*our analysis, not the sources’/);
  });

  it('fades the marks of events the filters hide, and highlights the chosen period', async () => {
    const { user, chart } = openPage();
    await user.click(screen.getByRole('button', { name: 'Space' }));
    const space = timelineEvents.filter((event) => event.category === 'space').map((event) => event.id);
    const shown = marks(chart).flatMap((mark, index) => (mark.dataset.shown === 'false' ? [] : [timelineEvents[index]!.id]));
    expect(shown.sort()).toEqual([...space].sort());
    expect(chart).toHaveAccessibleName(new RegExp(`${space.length} of ${TOTAL} events match the filters; the others are faded\\.$`));

    await user.type(screen.getByRole('spinbutton', { name: 'From year' }), '1960');
    await user.type(screen.getByRole('spinbutton', { name: 'To year' }), '1979');
    expect(chart).toHaveAccessibleName(/Highlighted: 1960 to 1979\.$/);
  });

  it('sets the period, the year inputs and the address when a span is dragged across it', async () => {
    const { user, chart } = openPage('?category=semiconductors');
    await user.pointer([
      { keys: '[MouseLeft>]', target: chart, coords: { clientX: xOf(1970.5), clientY: 200 } },
      { target: chart, coords: { clientX: xOf(1987.5), clientY: 200 } },
      { keys: '[/MouseLeft]', target: chart, coords: { clientX: xOf(1987.5), clientY: 200 } },
    ]);
    expect(screen.getByRole('spinbutton', { name: 'From year' })).toHaveValue(1970);
    expect(screen.getByRole('spinbutton', { name: 'To year' })).toHaveValue(1987);
    expect(window.location.search).toBe('?category=semiconductors&from=1970&to=1987');
    expect(screen.getByRole('status')).toHaveTextContent(`Showing 5 of ${TOTAL} events.`);
  });

  it('names the event under the mouse, and moves focus to it in the list on a click', async () => {
    const { user, chart } = openPage();
    const point = markPoint(chart, 'sputnik-1');
    await user.pointer({ target: chart, coords: point });
    const figure = screen.getByRole('figure');
    expect(within(figure).getByText('Sputnik 1, the first artificial satellite')).toBeInTheDocument();
    expect(within(figure).getByText(/4 October 1957/)).toBeInTheDocument();

    await user.pointer({ keys: '[MouseLeft]', target: chart, coords: point });
    const item = screen.getByRole('heading', { level: 3, name: 'Sputnik 1, the first artificial satellite' }).closest('li')!;
    expect(item).toHaveFocus();
    expect(item.scrollIntoView).toHaveBeenCalled();
  });

  it('on a touch screen, names the event on the first tap and goes to it on the second', async () => {
    const { user, chart } = openPage();
    const point = markPoint(chart, 'apollo-soyuz');
    await user.pointer({ keys: '[TouchA]', target: chart, coords: point });
    expect(within(screen.getByRole('figure')).getByText('Apollo and Soyuz dock in orbit')).toBeInTheDocument();
    expect(within(screen.getByRole('figure')).getByText('Tap again to go to it in the list')).toBeInTheDocument();
    const item = screen.getByRole('heading', { level: 3, name: 'Apollo and Soyuz dock in orbit' }).closest('li')!;
    expect(item).not.toHaveFocus();

    await user.pointer({ keys: '[TouchA]', target: chart, coords: point });
    expect(item).toHaveFocus();
  });

  it('does not go to an event the filters hide, and says why', async () => {
    const { user, chart } = openPage('?category=nuclear');
    const point = markPoint(chart, 'sputnik-1');
    await user.pointer({ keys: '[MouseLeft]', target: chart, coords: point });
    expect(within(screen.getByRole('figure')).getByText('Hidden by the filters')).toBeInTheDocument();
    expect(document.activeElement).toBe(document.body);
  });
});

describe('<Timeline overview /> in a lesson', () => {
  it('draws only the lesson’s events, in the lanes they need, on the whole course axis', async () => {
    render(<Timeline category="nuclear" from="1946" to="1968" overview />);
    const chart = await screen.findByRole('img', {
      name: /^Chart of 5 events of this lesson, 1946–1968, on the course timeline from 1945 to 2024\. Eras: Cold War science diplomacy, 1946–1996: 5 events/,
    });
    expect(marks(chart)).toHaveLength(5);
    expect(within(chart).getByText('Nuclear')).toBeInTheDocument();
    expect(within(chart).queryByText('Space')).toBeNull();
    expect(within(chart).getByText('2020')).toBeInTheDocument();
    expect(marks(chart).map((mark) => mark.querySelector('title')?.textContent)).toContain(
      'The Partial Test Ban Treaty (5 August 1963)',
    );
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(5);
  });

  it('shows no chart unless asked', () => {
    render(<Timeline category="nuclear" />);
    expect(screen.queryByRole('img')).toBeNull();
  });
});
