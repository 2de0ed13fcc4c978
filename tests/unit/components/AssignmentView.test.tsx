import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AssignmentView from '@site/src/components/AssignmentView';
import { createAssignment, encodeAssignmentLink } from '@site/src/lib/assignment/link';
import { validateResultsFile } from '@site/src/lib/results/validateResultsFile';
import { attemptFor, question } from '../../support/results';
import { testCatalogue } from '../../support/catalogue';

const assignment = createAssignment({
  title: '<img src=x onerror=alert(1)>',
  items: [
    { kind: 'module', id: 'semiconductors' },
    { kind: 'quiz', id: 'final-assessment' },
  ],
  due: '2026-12-01T23:59:59.999Z',
  passMark: 60,
});

function open(link: string): void {
  window.history.replaceState(null, '', link.replace(/^https?:\/\/[^/]+/, ''));
}

function saveAttempt(quizId: string, correct: boolean[]): void {
  const attempt = attemptFor(quizId, correct.map((isRight, i) => question(`q${i + 1}`, { type: 'single', optionId: isRight ? 'a' : 'b' }, isRight)));
  const saved = JSON.parse(localStorage.getItem('silicon-statecraft:progress') ?? '{"version":2,"lessons":{},"quizzes":{},"lastActivity":null}');
  saved.quizzes[quizId] = { contentHash: 'c0ffee', latest: attempt, best: attempt, attempts: 1 };
  localStorage.setItem('silicon-statecraft:progress', JSON.stringify(saved));
}

describe('assignment page for students', () => {
  it('shows the title as text, the due date and each item with its status', async () => {
    saveAttempt('how-chips-are-made', [true, true, false]); // 66.7 % ≥ pass mark 60
    saveAttempt('chips-and-foreign-policy', [true, false, false]);
    open(encodeAssignmentLink(assignment, 'http://localhost'));
    render(<AssignmentView catalogue={testCatalogue} />);

    const title = await screen.findByRole('heading', { name: '<img src=x onerror=alert(1)>' });
    expect(title.querySelector('img')).toBeNull();
    expect(screen.getByText('Due').nextElementSibling).toHaveTextContent('2026');
    const chips = screen.getByRole('link', { name: 'Quiz: how chips are made' }).closest('li')!;
    expect(chips).toHaveTextContent('Passed (67%)');
    expect(screen.getByRole('link', { name: 'Quiz: chips and foreign policy' }).closest('li')).toHaveTextContent('Attempted (33%)');
    expect(screen.getByRole('link', { name: 'Final assessment' }).closest('li')).toHaveTextContent('Not started');
    expect(screen.getByRole('link', { name: 'Semiconductors and supply chains' })).toHaveAttribute('href', '/course/semiconductors');
  });

  it('explains a tampered link in an alert instead of showing a blank page', async () => {
    const link = encodeAssignmentLink(assignment, 'http://localhost');
    const tampered = link.slice(0, -6) + (link.endsWith('A') ? 'BBBBBB' : 'AAAAAA');
    open(tampered);
    render(<AssignmentView catalogue={testCatalogue} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/link/i);
    expect(screen.queryByRole('button', { name: 'Export my results' })).not.toBeInTheDocument();
  });

  it('asks for a name, then downloads a valid results file', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = jest.fn();
    // jsdom cannot follow a download link; the Blob handed over is what this test checks.
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    saveAttempt('how-chips-are-made', [true, true, false]);
    open(encodeAssignmentLink(assignment, 'http://localhost'));
    render(<AssignmentView catalogue={testCatalogue} />);

    await user.click(await screen.findByRole('button', { name: 'Export my results' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Type your name');
    expect(blobs).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Grace Hopper');
    await user.type(screen.getByRole('textbox', { name: 'Your email (optional)' }), 'grace@example.edu');
    await user.click(screen.getByRole('button', { name: 'Export my results' }));
    expect(await screen.findByText(/Your results file was downloaded/)).toBeInTheDocument();
    const validation = await validateResultsFile(await blobs[0]!.text(), assignment.id);
    expect(validation.ok && validation.results).toMatchObject({
      learner: { name: 'Grace Hopper', email: 'grace@example.edu' },
      quizzes: [{ quizId: 'how-chips-are-made', passed: true, late: false }],
    });

    await user.click(screen.getByRole('button', { name: 'Download results for spreadsheets (CSV)' }));
    expect(await blobs[1]!.text()).toContain('Grace Hopper');
    expect(within(screen.getByRole('status')).getByRole('button', { name: /JSON/ })).toBeInTheDocument();
  });
});
