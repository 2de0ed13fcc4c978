import { render, screen, within } from '@testing-library/react';
import Timeline from '@site/src/components/Timeline';

describe('<Timeline /> in a lesson', () => {
  it('shows the semiconductor events of a period in date order, each with its date and sources', () => {
    render(<Timeline category="semiconductors" from="1986" to="1987" />);
    const items = screen.getAllByRole('heading', { level: 3 });
    expect(items.map((h) => h.textContent)).toEqual([
      'The US–Japan Semiconductor Agreement',
      'SEMATECH is formed',
      'TSMC is founded in Taiwan',
      'US tariffs on Japanese electronics over the chip agreement',
    ]);
    const first = items[0]!.closest('li')!;
    expect(within(first).getByText('31 July 1986')).toHaveAttribute('datetime', '1986-07-31');
    expect(within(first).getByText('Semiconductors')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Ronald Reagan Presidential Library' })).toHaveAttribute(
      'href',
      'https://www.reaganlibrary.gov/',
    );
  });

  it('uses no heading above h3 and does not link back to lessons', () => {
    render(<Timeline ids={['cern-founded', 'baruch-plan']} />);
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'The Baruch Plan for international control of atomic energy',
      'CERN comes into being',
    ]);
    expect(screen.queryByText('Lessons:')).toBeNull();
  });

  it('shows a period with both its dates', () => {
    render(<Timeline ids={['international-geophysical-year']} />);
    expect(screen.getByText('1 July 1957')).toHaveAttribute('datetime', '1957-07-01');
    expect(screen.getByText('31 December 1958')).toHaveAttribute('datetime', '1958-12-31');
  });

  it('accepts several categories', () => {
    render(<Timeline category={['space', 'nuclear']} to="1957" />);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(4);
  });

  it('fails loudly on an unknown category, event id or year, naming it', () => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Timeline category="semiconductor" />)).toThrow(/unknown category "semiconductor"/);
    expect(() => render(<Timeline ids={['no-such-event']} />)).toThrow(/unknown event id "no-such-event"/);
    expect(() => render(<Timeline from="86" />)).toThrow(/from="86" is not a four-digit year/);
    expect(() => render(<Timeline category="space" from="2030" />)).toThrow(/contains no event/);
  });
});
