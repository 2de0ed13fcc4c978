import { render, screen } from '@testing-library/react';
import Home from '@site/src/pages/index';

describe('landing page', () => {
  it('offers a clear way to start the course at module 1', () => {
    render(<Home />);
    expect(screen.getByRole('heading', { level: 1, name: 'Silicon Statecraft' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start the course' })).toHaveAttribute('href', '/course/foundations');
  });

  it('says who the course is for and how long it takes', () => {
    render(<Home />);
    expect(screen.getByRole('heading', { level: 2, name: 'Who it is for' })).toBeInTheDocument();
    expect(screen.getByText(/about 4 hours/)).toBeInTheDocument();
  });
});
