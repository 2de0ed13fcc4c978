import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Gradebook from '@site/src/components/Gradebook';
import { createAssignment, encodeAssignmentLink } from '@site/src/lib/assignment/link';
import { resultsChecksum } from '@site/src/lib/results/checksum';
import type { CurrentResultsFile, ResultsFile } from '@site/src/lib/results/schema';
import { testCatalogue } from '../../support/catalogue';
import { fullMarks, question, resultsFor, sampleAssignment } from '../../support/results';

const single = (optionId: string) => ({ type: 'single', optionId }) as const;
const tf = (value: boolean) => ({ type: 'true-false', value }) as const;

function jsonFile(name: string, data: unknown): File {
  return new File([typeof data === 'string' ? data : JSON.stringify(data)], name, { type: 'application/json' });
}

/** A file edited by someone who also recomputed its checksum: only re-scoring catches it. */
async function forged(file: CurrentResultsFile, change: (file: CurrentResultsFile) => CurrentResultsFile): Promise<ResultsFile> {
  const { checksum: _, ...unsigned } = change(file);
  return { ...unsigned, checksum: await resultsChecksum(unsigned) } as ResultsFile;
}

async function classFiles(): Promise<File[]> {
  const ada = await resultsFor('Ada Lovelace', {
    'how-chips-are-made': [question('q1', single('a'), true), question('q2', tf(false), false)],
    'what-5g-is': [question('q1', tf(true), true)],
  }, { email: 'ada@example.edu' });
  const hostile = await resultsFor('<img src=x onerror=alert(1)>', {
    'how-chips-are-made': fullMarks('how-chips-are-made'),
  }, { submittedAt: '2026-12-03T10:00:00.000Z' });
  const tampered = { ...(await resultsFor('Mallory', { 'what-5g-is': [question('q1', tf(false), false)] })) };
  tampered.quizzes = tampered.quizzes.map((quiz) => ({ ...quiz, points: quiz.maxPoints, percent: 100, passed: true }));
  const fay = await forged(
    await resultsFor('Fay', { 'how-chips-are-made': [question('q1', single('b'), false), question('q2', tf(false), false)] }),
    (file) => ({ ...file, quizzes: file.quizzes.map((quiz) => ({ ...quiz, points: 2, percent: 100, passed: true })) }),
  );
  return [
    jsonFile('ada.json', ada),
    jsonFile('hostile.json', hostile),
    jsonFile('corrupt.json', '{"format":"silicon-statecraft-results","v":2,'),
    jsonFile('mallory.json', tampered),
    jsonFile('fay.json', fay),
  ];
}

async function importClass() {
  const user = userEvent.setup();
  render(<Gradebook catalogue={testCatalogue} />);
  await user.upload(screen.getByLabelText('Students’ results files (.json)'), await classFiles());
  await screen.findByText('Checked 5 files: 3 imported, 2 not imported.');
  return user;
}

describe('gradebook page', () => {
  it('imports the good files and lists each rejected file with its reason', async () => {
    await importClass();
    const rejected = screen.getByRole('region', { name: 'Files not imported (2)' });
    expect(within(rejected).getByText('corrupt.json').closest('li')).toHaveTextContent('not a JSON file');
    expect(within(rejected).getByText('mallory.json').closest('li')).toHaveTextContent('checksum does not match');
    expect(screen.getByText('Grading: “Chips and 5G” (assignment ' + sampleAssignment.id + ')')).toBeInTheDocument();
  });

  it('shows students by quiz with re-scored score, pass and lateness, the file each row comes from, and the class average', async () => {
    await importClass();
    const table = await screen.findByRole('table', { name: /Results by student \(3 students\)/ });
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Student', 'Email', 'File', 'How chips are made', 'What 5G is']);

    const ada = within(table).getByRole('row', { name: /Ada Lovelace/ });
    expect(within(ada).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'ada@example.edu', 'ada.json', '1 / 4 (25%)not passed', '1 / 4 (25%)not passed',
    ]);
    // The hostile name is shown as text, not turned into an element.
    const hostile = within(table).getByRole('rowheader', { name: '<img src=x onerror=alert(1)>' });
    expect(hostile.querySelector('img')).toBeNull();
    expect(within(hostile.closest('tr')!).getAllByRole('cell')[2]).toHaveTextContent('4 / 4 (100%)passed, late');
    // Fay's file claims full marks; her answers earn none.
    const fay = within(table).getByRole('row', { name: /Fay/ });
    expect(within(fay).getAllByRole('cell')[2]).toHaveTextContent('0 / 4 (0%)not passedfile said 2 / 4');

    const average = within(table).getByRole('row', { name: /Class average/ });
    expect(average).toHaveTextContent('1.67 / 4 (42%); 33% passed; 3 results');
  });

  it('lists a file whose stated score differs from the re-score, with both numbers', async () => {
    await importClass();
    const findings = screen.getByRole('region', { name: 'Checked against the course (1)' });
    expect(within(findings).getByText('fay.json').closest('li')).toHaveTextContent(
      'fay.json (Fay): How chips are made: the file says 2 / 4 points; re-scored from its answers: 0 / 4. the file says passed; re-scored: not passed.',
    );
  });

  it('counts a question a file leaves out as unanswered and says so: deleting a wrong answer gains nothing', async () => {
    const user = userEvent.setup();
    render(<Gradebook catalogue={testCatalogue} />);
    const honest = await resultsFor('Gus', { 'what-5g-is': [question('q1', tf(true), true), question('q2', tf(true), false), question('q3', tf(true), true, 2)] });
    // q2's wrong answer removed, the score restated as 3 / 3 and the checksum recomputed.
    const trimmed = await forged(honest, (file) => ({
      ...file,
      quizzes: file.quizzes.map((quiz) => ({ ...quiz, questions: quiz.questions.filter((q) => q.questionId !== 'q2'), points: 3, maxPoints: 3, percent: 100, passed: true })),
    }));
    await user.upload(screen.getByLabelText('Students’ results files (.json)'), [jsonFile('gus.json', trimmed)]);
    const table = await screen.findByRole('table', { name: /Results by student \(1 students\)/ });
    expect(within(table).getByRole('row', { name: /Gus/ })).toHaveTextContent('3 / 4 (75%)passed');
    const findings = screen.getByRole('region', { name: 'Checked against the course (1)' });
    expect(within(findings).getByText('gus.json').closest('li')).toHaveTextContent(
      'the file says 3 / 3 points; re-scored from its answers: 3 / 4. the file leaves out 1 of the questions the attempt asked; they count as unanswered.',
    );
  });

  it('keeps two files that name the same student visible by name, and counts the one the instructor picks', async () => {
    const user = userEvent.setup();
    render(<Gradebook catalogue={testCatalogue} />);
    const ada = await resultsFor('Ada Lovelace', { 'what-5g-is': [question('q1', tf(true), true)] }, { email: 'ada@example.edu' });
    const impostor = await resultsFor('Mallory', { 'what-5g-is': [question('q1', tf(false), false)] }, { email: 'ADA@example.edu' });
    await user.upload(screen.getByLabelText('Students’ results files (.json)'), [jsonFile('ada.json', ada), jsonFile('impostor.json', impostor)]);

    const conflicts = await screen.findByRole('region', { name: 'Several files for one student (1)' });
    const student = within(conflicts).getByRole('group', { name: 'ada@example.edu: 2 files' });
    expect(within(student).getAllByRole('radio').map((radio) => radio.closest('label')!.textContent)).toEqual([
      expect.stringMatching(/^ ada\.json: Ada Lovelace <ada@example\.edu>, exported .*, 1 \/ 4 points$/),
      expect.stringMatching(/^ impostor\.json: Mallory <ADA@example\.edu>, exported .*, 0 \/ 4 points$/),
    ]);
    expect(within(conflicts).getByText(/1 students are left out of the results and the exports until you choose/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Results by student \(0 students\)/ })).toBeInTheDocument();

    await user.click(within(student).getByRole('radio', { name: /^ada\.json/ }));
    const table = screen.getByRole('table', { name: /Results by student \(1 students\)/ });
    expect(within(table).getByRole('row', { name: /Ada Lovelace/ })).toHaveTextContent('ada.json');

    await user.click(within(conflicts).getByRole('radio', { name: 'Keep each student’s best result for each quiz' }));
    expect(within(student).getByRole('radio', { name: /^impostor\.json/ })).toBeDisabled();
  });

  it('draws the score distribution and each question’s p and D as labelled images, with tables of the same figures', async () => {
    const user = await importClass();
    const histogram = screen.getByRole('img', { name: 'Scores of 3 students on How chips are made: 1 passed at a pass mark of 70%.' });
    const figure = histogram.closest('figure')!;
    await user.click(within(figure).getByText('The counts as a table'));
    const counts = within(figure).getByRole('table');
    expect(within(counts).getByRole('row', { name: /^0–10%/ })).toHaveTextContent('0–10%01');
    expect(within(counts).getByRole('row', { name: /^20–30%/ })).toHaveTextContent('20–30%01');
    expect(within(counts).getByRole('row', { name: /^90–100%/ })).toHaveTextContent('90–100%10');

    const chips = screen.getByRole('region', { name: 'How chips are made' });
    const itemChart = screen.getByRole('img', { name: /^Share correct and discrimination of 4 questions/ });
    expect(itemChart).toHaveAttribute('aria-describedby', within(chips).getByRole('table').id);
  });

  it('shows an item analysis table per quiz, from the re-scored answers', async () => {
    await importClass();
    const chips = screen.getByRole('region', { name: 'How chips are made' });
    const q1 = within(chips).getByRole('row', { name: /q1/ });
    expect(within(q1).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3', '67%', '1.00', 'b × 1']);
  });

  /** A file whose reading waits until `release()`: an import that is still being checked. */
  function slowFile(name: string, data: unknown): { file: File; release: () => void } {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const file = jsonFile(name, data);
    const text = file.text.bind(file);
    return { file: Object.assign(file, { text: async () => (await gate, text()) }), release };
  }

  it('never loses a batch when files are added while another import is still being checked', async () => {
    const user = userEvent.setup();
    render(<Gradebook catalogue={testCatalogue} />);
    const input = screen.getByLabelText('Students’ results files (.json)');
    const ada = slowFile('ada.json', await resultsFor('Ada', { 'what-5g-is': [question('q1', tf(true), true)] }, { email: 'ada@example.edu' }));
    const bob = await resultsFor('Bob', { 'what-5g-is': [question('q1', tf(true), true)] }, { email: 'bob@example.edu' });
    await user.upload(input, [ada.file]);
    // Bob's file is chosen, and read, while Ada's is still being checked.
    await user.upload(input, [jsonFile('bob.json', bob)]);
    await act(async () => ada.release());
    const table = await screen.findByRole('table', { name: /Results by student \(2 students\)/ });
    expect(within(table).getByRole('row', { name: /Ada/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Bob/ })).toBeInTheDocument();
  });

  it('shows the file picker busy while files are checked', async () => {
    const user = userEvent.setup();
    render(<Gradebook catalogue={testCatalogue} />);
    const input = screen.getByLabelText('Students’ results files (.json)');
    const ada = slowFile('ada.json', await resultsFor('Ada', {}));
    await user.upload(input, [ada.file]);
    expect(input.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Importing… Files you add now are checked next.')).toBeInTheDocument();
    await act(async () => ada.release());
    await waitFor(() => expect(input.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false'));
  });

  it('rejects files for another assignment once an assignment link is pasted', async () => {
    const user = userEvent.setup();
    render(<Gradebook catalogue={testCatalogue} />);
    const edited = { ...sampleAssignment, id: 'ffffffffffffffff' };
    await user.click(screen.getByLabelText(/Assignment link/));
    await user.paste(encodeAssignmentLink(edited, 'http://localhost'));
    await user.click(screen.getByRole('button', { name: 'Grade this assignment' }));
    expect(screen.getByText(/That is not a valid assignment link/)).toBeInTheDocument();

    await user.clear(screen.getByLabelText(/Assignment link/));
    await user.paste(encodeAssignmentLink(sampleAssignment, 'http://localhost'));
    await user.click(screen.getByRole('button', { name: 'Grade this assignment' }));
    const wrong = await resultsFor('Eve', {}, { assignment: createAssignment({ ...sampleAssignment, title: 'Other' }) });
    await user.upload(screen.getByLabelText('Students’ results files (.json)'), [jsonFile('eve.json', wrong)]);
    expect(await screen.findByText('eve.json')).toBeInTheDocument();
    expect(screen.getByText('eve.json').closest('li')).toHaveTextContent('results for another assignment');
  });

  it('grades version-1 files too, and asks for the link to check lateness', async () => {
    const user = userEvent.setup();
    render(<Gradebook catalogue={testCatalogue} />);
    const { assignment: _, checksum: __, ...current } = await resultsFor('Ada', { 'what-5g-is': [question('q1', tf(true), true)] }, { submittedAt: '2026-12-05T10:00:00.000Z' });
    const unsigned = { ...current, v: 1, quizzes: current.quizzes.map(({ contentHash: ___, ...quiz }) => quiz) };
    await user.upload(screen.getByLabelText('Students’ results files (.json)'), [jsonFile('old.json', { ...unsigned, checksum: await resultsChecksum(unsigned as never) })]);
    const table = await screen.findByRole('table', { name: /Results by student \(1 students\)/ });
    expect(screen.getByText(/lateness is not checked/)).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Ada/ })).not.toHaveTextContent('late');

    await user.click(screen.getByLabelText(/Assignment link/));
    await user.paste(encodeAssignmentLink(sampleAssignment, 'http://localhost'));
    await user.click(screen.getByRole('button', { name: 'Grade this assignment' }));
    expect(screen.queryByText(/lateness is not checked/)).not.toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Ada/ })).toHaveTextContent('1 / 4 (25%)not passed, late');
  });

  it('offers Canvas and Moodle CSV downloads of the re-scored results', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = jest.fn();
    // jsdom cannot follow a download link; the Blob handed over is what this test checks.
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = await importClass();
    await user.click(screen.getByRole('button', { name: 'Download Canvas CSV' }));
    await user.click(screen.getByRole('button', { name: 'Download Moodle CSV' }));
    const [canvas, moodle] = await Promise.all(blobs.map((blob) => blob.text()));
    expect(canvas!.split('\r\n')[1]).toBe('Points Possible,,,,,4,4');
    expect(moodle!.split('\r\n')).toEqual([
      'email,How chips are made (how-chips-are-made),What 5G is (what-5g-is)',
      '<img src=x onerror=alert(1)>,4,',
      'ada@example.edu,1,1',
      'Fay,0,',
    ]);
  });
});
