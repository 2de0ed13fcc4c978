import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Certificate from '@site/src/components/Certificate';
import { emptyProgress, withAttempt, withVisit } from '@site/src/lib/progress';
import { attempt, catalogue } from './progressFixtures';

describe('completion page', () => {
  it('says what to do before the final assessment is passed', () => {
    const progress = withAttempt(emptyProgress(), attempt('final-assessment', 60));
    render(<Certificate progress={progress} catalogue={catalogue} />);
    expect(screen.getByText(/appears here once you pass the final assessment/)).toBeInTheDocument();
    expect(screen.getByText('Your best score so far is 60%.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take the final assessment' })).toHaveAttribute('href', '/course/final-assessment');
    expect(screen.queryByRole('button', { name: 'Print or save as PDF' })).not.toBeInTheDocument();
  });

  it('does not count a passed final taken in practice mode, where answers could be checked one by one', () => {
    const practice = { ...attempt('final-assessment', 95), mode: 'practice' as const };
    render(<Certificate progress={withAttempt(emptyProgress(), practice)} catalogue={catalogue} />);
    expect(screen.getByText(/appears here once you pass the final assessment/)).toBeInTheDocument();
  });

  it('shows the typed name as text, the date, the score and the modules completed, and prints', async () => {
    const user = userEvent.setup();
    let progress = withVisit(emptyProgress(), 'networks/5g', '2026-11-19T10:00:00.000Z');
    progress = withAttempt(progress, attempt('5g', 80), 'networks/5g');
    progress = withAttempt(progress, attempt('final-assessment', 85, '2026-11-21T10:00:00.000Z'));
    const print = jest.fn();
    window.print = print;
    render(<Certificate progress={progress} catalogue={catalogue} />);
    await user.type(screen.getByLabelText('Your name, as it should appear on the certificate'), '<img src=x onerror=alert(1)>');
    const certificate = screen.getByRole('article', { name: 'Certificate of completion' });
    expect(certificate).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(certificate.querySelector('img')).toBeNull();
    expect(certificate).toHaveTextContent(/November 21, 2026|21 November 2026/);
    expect(certificate).toHaveTextContent('85%');
    expect(certificate).toHaveTextContent(/Modules completed \(1 of 2\)\s*Networks/);
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
