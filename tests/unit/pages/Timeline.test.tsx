import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import TimelinePage from '@site/src/pages/timeline';
import { collectedByBrokenLinks } from '@site/tests/doubles/useBrokenLinks';
import { timelineEvents } from '@site/src/data/timeline';

const TOTAL = timelineEvents.length;

function visibleTitles(): string[] {
  return screen.queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent ?? '');
}

function openPage(search = '') {
  window.history.replaceState(null, '', `/timeline${search}`);
  const user = userEvent.setup();
  render(<TimelinePage />);
  return user;
}

describe('the course timeline page', () => {
  it('shows every event, each with its anchor, under one h1', () => {
    openPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`Showing all ${TOTAL} events.`);
    expect(visibleTitles()).toHaveLength(TOTAL);
    const cern = screen.getByRole('heading', { level: 3, name: 'CERN comes into being' }).closest('li');
    expect(cern).toHaveAttribute('id', 'cern-founded');
    expect(collectedByBrokenLinks().anchors).toContain('cern-founded');
  });

  it('links an event to its lessons by title and to its sources', () => {
    openPage();
    const event = screen.getByRole('heading', { name: 'Australia’s 5G security guidance excludes high-risk vendors' }).closest('li')!;
    expect(within(event).getByRole('link', { name: 'Australia, the first mover' })).toHaveAttribute(
      'href',
      '/course/5g-trusted-networks/australia-first-mover',
    );
    expect(within(event).getByRole('link', { name: /ParlInfo/ })).toHaveAttribute('href', 'https://parlinfo.aph.gov.au/');
  });

  it('narrows the list to a category when its toggle is pressed, and widens it again', async () => {
    const user = openPage();
    const space = screen.getByRole('button', { name: 'Space' });
    expect(space).toHaveAttribute('aria-pressed', 'false');

    await user.click(space);
    expect(space).toHaveAttribute('aria-pressed', 'true');
    const spaceCount = timelineEvents.filter((event) => event.category === 'space').length;
    expect(screen.getByRole('status')).toHaveTextContent(`Showing ${spaceCount} of ${TOTAL} events.`);
    expect(visibleTitles()).toContain('Sputnik 1, the first artificial satellite');
    expect(visibleTitles()).not.toContain('CERN comes into being');
    expect(window.location.search).toBe('?category=space');

    await user.click(screen.getByRole('button', { name: 'Nuclear' }));
    expect(visibleTitles()).toContain('The Partial Test Ban Treaty');
    expect(window.location.search).toBe('?category=nuclear,space');

    await user.click(space);
    await user.click(screen.getByRole('button', { name: 'Nuclear' }));
    expect(visibleTitles()).toHaveLength(TOTAL);
    expect(window.location.search).toBe('');
  });

  it('finds events by a search typed without capitals or accents, and keeps it in the address', async () => {
    const user = openPage();
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'detente');
    expect(visibleTitles()).toEqual(['Apollo and Soyuz dock in orbit']);
    expect(screen.getByRole('status')).toHaveTextContent(`Showing 1 of ${TOTAL} events.`);
    expect(window.location.search).toBe('?q=detente');
  });

  it('limits the list to a period typed as years', async () => {
    const user = openPage();
    await user.type(screen.getByRole('spinbutton', { name: 'From year' }), '2024');
    expect(visibleTitles()).toEqual([
      'The UN General Assembly’s first resolution on AI',
      'The Krach Institute launches online tech-diplomacy training',
      'The EU Artificial Intelligence Act enters into force',
    ]);
    await user.type(screen.getByRole('spinbutton', { name: 'To year' }), '2024');
    expect(window.location.search).toBe('?from=2024&to=2024');
  });

  it('says so when nothing matches and clears every filter on request, keeping focus', async () => {
    const user = openPage();
    await user.click(screen.getByRole('button', { name: 'Semiconductors' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'antarctica');
    expect(screen.getByRole('status')).toHaveTextContent('No events match these filters.');
    expect(visibleTitles()).toEqual([]);

    const clear = screen.getByRole('button', { name: 'Clear filters' });
    await user.click(clear);
    expect(visibleTitles()).toHaveLength(TOTAL);
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Semiconductors' })).toHaveAttribute('aria-pressed', 'false');
    expect(window.location.search).toBe('');
    expect(clear).toHaveFocus();
    expect(clear).toHaveAttribute('aria-disabled', 'true');
  });

  it('restores the view from a shared link, ignoring what it does not understand', () => {
    openPage('?category=5g-telecom,bogus&from=2020&to=2020&q=huawei');
    expect(screen.getByRole('button', { name: '5G and telecoms' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toHaveValue('huawei');
    expect(screen.getByRole('spinbutton', { name: 'From year' })).toHaveValue(2020);
    expect(visibleTitles()).toEqual([
      'The UK caps Huawei in its 5G networks',
      'The UK bans new Huawei 5G equipment',
    ]);
  });

  it('can be used with the keyboard alone', async () => {
    const user = openPage();
    // The overview chart is one image, not a row of tab stops: after its caption's link comes the first filter.
    await user.tab();
    expect(screen.getByRole('link', { name: 'three eras' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Science diplomacy' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Science diplomacy' })).toHaveAttribute('aria-pressed', 'true');
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Nuclear' })).toHaveAttribute('aria-pressed', 'true');
    expect(window.location.search).toBe('?category=science-diplomacy,nuclear');
  });
});
