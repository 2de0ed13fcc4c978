import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Gradebook from '@site/src/components/Gradebook';
import { encodeAssignmentLink } from '@site/src/lib/assignment/link';
import { question, resultsFor, sampleAssignment } from '../../support/results';

function jsonFile(name: string, data: unknown): File {
  return new File([typeof data === 'string' ? data : JSON.stringify(data)], name, { type: 'application/json' });
}

async function classFiles(): Promise<File[]> {
  const ada = await resultsFor('Ada Lovelace', {
    'how-chips-are-made': [question('q1', { type: 'single', optionId: 'a' }, true), question('q2', { type: 'single', optionId: 'c' }, false)],
    'what-5g-is': [question('q1', { type: 'true-false', value: true }, true)],
  }, { email: 'ada@example.edu' });
  const hostile = await resultsFor('<img src=x onerror=alert(1)>', {
    'how-chips-are-made': [question('q1', { type: 'single', optionId: 'a' }, true), question('q2', { type: 'single', optionId: 'b' }, true)],
  }, { submittedAt: '2026-12-03T10:00:00.000Z' });
  const tampered = { ...(await resultsFor('Mallory', { 'what-5g-is': [question('q1', { type: 'true-false', value: false }, false)] })) };
  tampered.quizzes = tampered.quizzes.map((quiz) => ({ ...quiz, points: quiz.maxPoints, percent: 100, passed: true }));
  return [
    jsonFile('ada.json', ada),
    jsonFile('hostile.json', hostile),
    jsonFile('corrupt.json', '{"format":"silicon-statecraft-results","v":1,'),
    jsonFile('mallory.json', tampered),
  ];
}

describe('gradebook page', () => {
  it('imports the good files and lists each rejected file with its reason', async () => {
    const user = userEvent.setup();
    render(<Gradebook />);
    await user.upload(screen.getByLabelText('Students’ results files (.json)'), await classFiles());

    expect(await screen.findByText('Checked 4 files: 2 imported, 2 not imported.')).toBeInTheDocument();
    const rejected = screen.getByRole('region', { name: 'Files not imported (2)' });
    expect(within(rejected).getByText('corrupt.json').closest('li')).toHaveTextContent('not a JSON file');
    expect(within(rejected).getByText('mallory.json').closest('li')).toHaveTextContent('checksum does not match');
    expect(screen.getByText('Grading: “Chips and 5G” (assignment ' + sampleAssignment.id + ')')).toBeInTheDocument();
  });

  it('shows students by quiz with score, pass and lateness, and the class average', async () => {
    const user = userEvent.setup();
    render(<Gradebook />);
    await user.upload(screen.getByLabelText('Students’ results files (.json)'), await classFiles());
    const table = await screen.findByRole('table', { name: /Results by student \(2 students\)/ });
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Student', 'Email', 'How chips are made', 'What 5G is']);

    const ada = within(table).getByRole('row', { name: /Ada Lovelace/ });
    expect(within(ada).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'ada@example.edu', '1 / 2 (50%)not passed', '1 / 1 (100%)passed',
    ]);
    // The hostile name is shown as text, not turned into an element.
    const hostile = within(table).getByRole('rowheader', { name: '<img src=x onerror=alert(1)>' });
    expect(hostile.querySelector('img')).toBeNull();
    expect(within(hostile.closest('tr')!).getAllByRole('cell')[1]).toHaveTextContent('2 / 2 (100%)passed, late');

    const average = within(table).getByRole('row', { name: /Class average/ });
    expect(average).toHaveTextContent('1.5 / 2 (75%); 50% passed; 2 results');
  });

  it('shows an item analysis table per quiz', async () => {
    const user = userEvent.setup();
    render(<Gradebook />);
    await user.upload(screen.getByLabelText('Students’ results files (.json)'), await classFiles());
    const chips = await screen.findByRole('region', { name: 'How chips are made' });
    const q2 = within(chips).getByRole('row', { name: /q2/ });
    expect(within(q2).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2', '50%', '1.00', 'c × 1']);
  });

  it('rejects files for another assignment once an assignment link is pasted', async () => {
    const user = userEvent.setup();
    render(<Gradebook />);
    const other = { ...sampleAssignment, id: 'ffffffffffffffff' };
    await user.type(screen.getByLabelText(/Assignment link/), encodeAssignmentLink(other, 'http://localhost'));
    await user.click(screen.getByRole('button', { name: 'Grade this assignment' }));
    expect(screen.getByText(/That is not a valid assignment link/)).toBeInTheDocument();

    await user.clear(screen.getByLabelText(/Assignment link/));
    await user.type(screen.getByLabelText(/Assignment link/), encodeAssignmentLink(sampleAssignment, 'http://localhost'));
    await user.click(screen.getByRole('button', { name: 'Grade this assignment' }));
    const wrong = await resultsFor('Eve', {}, { assignment: { ...sampleAssignment, id: '0123456789abcdef', title: 'Other' } });
    await user.upload(screen.getByLabelText('Students’ results files (.json)'), [jsonFile('eve.json', wrong)]);
    expect(await screen.findByText('eve.json')).toBeInTheDocument();
    expect(screen.getByText('eve.json').closest('li')).toHaveTextContent('results for another assignment');
  });

  it('offers Canvas and Moodle CSV downloads', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = jest.fn();
    // jsdom cannot follow a download link; the Blob handed over is what this test checks.
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<Gradebook />);
    await user.upload(screen.getByLabelText('Students’ results files (.json)'), await classFiles());
    await user.click(await screen.findByRole('button', { name: 'Download Canvas CSV' }));
    await user.click(screen.getByRole('button', { name: 'Download Moodle CSV' }));
    const [canvas, moodle] = await Promise.all(blobs.map((blob) => blob.text()));
    expect(canvas!.split('\r\n')[1]).toBe('Points Possible,,,,,2,1');
    expect(moodle!.split('\r\n')[0]).toBe('email,How chips are made (how-chips-are-made),What 5G is (what-5g-is)');
  });
});
