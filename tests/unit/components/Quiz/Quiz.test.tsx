import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import Quiz from '@site/src/components/Quiz';
import type { Quiz as QuizData } from '@site/src/quiz/schema';
import { progressStore } from '@site/src/lib/progress/store';
import { questionsAsked } from '@site/src/lib/gradebook/rescore';
import { cardOf } from '@site/src/review/deck';
import { sampleQuiz } from '../../quiz/fixtures';

afterEach(() => {
  jest.restoreAllMocks();
});

/** Renders a quiz and waits until the learner's own attempt has begun (its region is no longer busy). */
async function renderReady(quiz: QuizData): Promise<ReturnType<typeof render>> {
  const view = render(<Quiz quiz={quiz} />);
  await waitFor(() => expect(screen.getByRole('region', { name: quiz.title })).toHaveAttribute('aria-busy', 'false'));
  return view;
}

function question(n: number): HTMLElement {
  return screen.getByRole('group', { name: new RegExp(`^Question ${n} of 6`) });
}

/** Moves items with the "Move up" buttons until the list reads `texts`, as a learner would. */
async function putInOrder(user: UserEvent, group: HTMLElement, texts: string[]): Promise<void> {
  for (let target = 0; target < texts.length; target++) {
    const current = () => within(group).getAllByRole('listitem').map((li) => li.textContent ?? '');
    while (current().findIndex((text) => text.includes(texts[target]!)) > target) {
      await user.click(within(group).getByRole('button', { name: `Move up: ${texts[target]}` }));
    }
  }
}

async function answerEverythingRight(user: UserEvent): Promise<void> {
  await user.click(within(question(1)).getByRole('radio', { name: 'Australia' }));
  await user.click(within(question(2)).getByRole('checkbox', { name: 'TSMC' }));
  await user.click(within(question(2)).getByRole('checkbox', { name: 'Nvidia' }));
  await user.click(within(question(3)).getByRole('radio', { name: 'False' }));
  await putInOrder(user, question(4), ['CERN founded', 'Antarctic Treaty signed', 'NPT opened for signature', 'Paris Agreement adopted']);
  await user.selectOptions(within(question(5)).getByRole('combobox', { name: 'Foundry' }), 'Makes chips designed by others');
  await user.selectOptions(within(question(5)).getByRole('combobox', { name: 'Fabless' }), 'Designs chips but outsources making them');
  await user.type(within(question(6)).getByRole('textbox', { name: 'Your answer (%)' }), '92 %');
}

describe('Quiz', () => {
  it('shows every question with a "Question N of M" legend and native controls', () => {
    render(<Quiz quiz={sampleQuiz} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Sample quiz' })).toBeInTheDocument();
    expect(screen.getAllByRole('group')).toHaveLength(6);
    expect(within(question(1)).getAllByRole('radio')).toHaveLength(3);
    expect(within(question(2)).getAllByRole('checkbox')).toHaveLength(3);
    expect(within(question(3)).getByRole('radio', { name: 'True' })).toBeInTheDocument();
    expect(within(question(5)).getAllByRole('combobox')).toHaveLength(2);
  });

  it('never shows an ordering question in its correct order', () => {
    render(<Quiz quiz={sampleQuiz} />);
    const texts = within(question(4)).getAllByRole('listitem').map((li) => li.textContent);
    expect(texts.map((t) => t?.slice(0, 4))).not.toEqual(['CERN', 'Anta', 'NPT ', 'Pari']);
  });

  it('scores a fully right quiz, announces the score and moves focus to it', async () => {
    const user = userEvent.setup();
    await renderReady(sampleQuiz);
    await answerEverythingRight(user);
    await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
    expect(screen.getByRole('status')).toHaveTextContent('Score 7 of 7 (100%), passed');
    const summary = screen.getByRole('heading', { name: 'Your result' }).parentElement!;
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Score 7 of 7 (100%), passed');
  });

  it('reviews every question with the answer given, the correct answer and explanations', async () => {
    const user = userEvent.setup();
    await renderReady(sampleQuiz);
    await user.click(within(question(1)).getByRole('radio', { name: 'The United Kingdom' }));
    await user.click(within(question(2)).getByRole('checkbox', { name: 'TSMC' }));
    await user.click(screen.getByRole('button', { name: 'Submit quiz' }));

    const review = screen.getByRole('region', { name: 'Review of your answers' });
    const items = within(review).getAllByRole('listitem').filter((li) => li.parentElement?.parentElement === review);
    expect(items).toHaveLength(6);
    expect(items[0]).toHaveTextContent('Incorrect.');
    expect(items[0]).toHaveTextContent('The United Kingdom (your choice)');
    expect(items[0]).toHaveTextContent('Australia (correct answer)');
    expect(items[0]).toHaveTextContent('The UK decided in July 2020.');
    expect(items[0]).toHaveTextContent('Australia issued its guidance on 23 August 2018.');
    expect(within(items[0]!).getByRole('link', { name: 'Australian Government' })).toHaveAttribute('href', 'https://example.org/5g');
    expect(items[1]).toHaveTextContent('Partly correct: 1 of 2 points.');
    expect(items[5]).toHaveTextContent('Your answerNo answer');
    expect(items[5]).toHaveTextContent('Correct answerninety-two percent / 92 ± 1 %');
  });

  it('checks one question at a time and announces the verdict briefly', async () => {
    const user = userEvent.setup();
    await renderReady(sampleQuiz);
    await user.click(within(question(2)).getByRole('checkbox', { name: 'Nvidia' }));
    await user.click(within(question(2)).getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Question 2: partly correct, 1 of 2 points$/);
    expect(within(question(2)).getByText('Partly correct: 1 of 2 points.')).toBeInTheDocument();
    expect(within(question(2)).getByText('A fabless designer.')).toBeInTheDocument();
    expect(within(question(2)).queryByText('A pure-play foundry.')).not.toBeInTheDocument();

    await user.click(within(question(3)).getByRole('radio', { name: 'True' }));
    await user.click(within(question(3)).getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Question 3: incorrect$/);
    expect(within(question(3)).getByText('It is voluntary.')).toBeInTheDocument();
  });

  it('clears a question’s feedback when its answer changes', async () => {
    const user = userEvent.setup();
    await renderReady(sampleQuiz);
    await user.click(within(question(1)).getByRole('radio', { name: 'Australia' }));
    await user.click(within(question(1)).getByRole('button', { name: 'Check' }));
    expect(within(question(1)).getByText('Correct.')).toBeInTheDocument();
    await user.click(within(question(1)).getByRole('radio', { name: 'The United States' }));
    expect(within(question(1)).queryByText('Correct.')).not.toBeInTheDocument();
  });

  it('announces the same verdict again when a question is checked twice', async () => {
    const user = userEvent.setup();
    await renderReady(sampleQuiz);
    const check = within(question(3)).getByRole('button', { name: 'Check' });
    await user.click(check);
    const first = screen.getByRole('status').textContent;
    await user.click(check);
    expect(screen.getByRole('status')).toHaveTextContent(/^Question 3: incorrect$/);
    expect(screen.getByRole('status').textContent).not.toBe(first);
  });

  it('shows and hides a hint with a disclosure button', async () => {
    const user = userEvent.setup();
    await renderReady(sampleQuiz);
    const button = within(question(1)).getByRole('button', { name: 'Show hint' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Think of August 2018.')).not.toBeInTheDocument();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Think of August 2018.')).toBeVisible();
    await user.click(within(question(1)).getByRole('button', { name: 'Hide hint' }));
    expect(screen.queryByText('Think of August 2018.')).not.toBeInTheDocument();
    expect(within(question(2)).queryByRole('button', { name: 'Show hint' })).not.toBeInTheDocument();
  });

  it('moves ordering items with buttons, keeps focus on the moved item and announces its position', async () => {
    const user = userEvent.setup();
    await renderReady(sampleQuiz);
    const group = question(4);
    const items = () => within(group).getAllByRole('listitem').map((li) => li.textContent ?? '');
    const second = items()[1]!.split(':')[0]!;
    const text = ['CERN founded', 'Antarctic Treaty signed', 'NPT opened for signature', 'Paris Agreement adopted'].find((t) => second.startsWith(t))!;
    await user.click(within(group).getByRole('button', { name: `Move up: ${text}` }));
    expect(items()[0]).toContain(text);
    // At the top, "Move up" is disabled, so focus moves to the same item's "Move down".
    expect(within(group).getByRole('button', { name: `Move up: ${text}` })).toBeDisabled();
    expect(within(group).getByRole('button', { name: `Move down: ${text}` })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(`“${text}” moved to position 1 of 4`);
    await user.keyboard('{Enter}');
    expect(items()[1]).toContain(text);
    expect(within(group).getByRole('button', { name: `Move down: ${text}` })).toHaveFocus();
  });

  it('lets the learner try again with fresh answers', async () => {
    const user = userEvent.setup();
    await renderReady(sampleQuiz);
    await user.click(within(question(1)).getByRole('radio', { name: 'Australia' }));
    await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
    // The untouched ordering question is scored in the order shown, which can earn partial credit.
    expect(screen.getByRole('status')).toHaveTextContent(/^Score [\d.]+ of 7 \(\d+%\), not passed$/);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(within(question(1)).getByRole('radio', { name: 'Australia' })).not.toBeChecked();
    expect(screen.getByText(/Your last attempt: Score [\d.]+ of 7 \(\d+%\), not passed\./)).toBeInTheDocument();
    await answerEverythingRight(user);
    await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
    expect(screen.getByRole('status')).toHaveTextContent('Score 7 of 7 (100%), passed');
    expect(screen.getByText('Your best: 100%, passed')).toBeInTheDocument();
  });

  it('counts down attempts and stops at maxAttempts', async () => {
    const user = userEvent.setup();
    const quiz: QuizData = { ...sampleQuiz, id: 'limited', maxAttempts: 2 };
    await renderReady(quiz);
    expect(screen.getByText('Attempts left: 2 of 2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
    expect(screen.getByText('Attempts left: 1 of 2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
    expect(screen.getByText('Attempts left: 0 of 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeDisabled();
    expect(screen.getByText('You have used all your attempts at this quiz.')).toBeInTheDocument();
  });

  it('keeps the attempt limit after a reload', async () => {
    const user = userEvent.setup();
    const quiz: QuizData = { ...sampleQuiz, id: 'limited-once', maxAttempts: 1 };
    const { unmount } = await renderReady(quiz);
    await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
    unmount();
    await renderReady(quiz);
    expect(screen.getByRole('button', { name: 'Submit quiz' })).toBeDisabled();
    expect(screen.getByText('You have used all your attempts at this quiz.')).toBeInTheDocument();
  });

  it('restores the latest attempt and the best score after a remount', async () => {
    const user = userEvent.setup();
    const { unmount } = await renderReady(sampleQuiz);
    await answerEverythingRight(user);
    await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
    unmount();

    await renderReady(sampleQuiz);
    expect(screen.getByText(/Your last attempt: Score 7 of 7 \(100%\), passed\./)).toBeInTheDocument();
    expect(screen.getByText(/Your best: 100%, passed/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Review your last attempt' }));
    expect(screen.getByRole('region', { name: 'Review of your answers' })).toHaveTextContent('Australia (correct answer) (your choice)');
  });

  it('ignores saved progress once the quiz content changes', async () => {
    const user = userEvent.setup();
    const { unmount } = await renderReady(sampleQuiz);
    await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
    unmount();
    await renderReady({ ...sampleQuiz, title: 'Sample quiz, revised' });
    expect(screen.queryByText(/Your last attempt/)).not.toBeInTheDocument();
  });

  it('still works when storage throws', async () => {
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Denied', 'SecurityError');
    });
    const user = userEvent.setup();
    await renderReady(sampleQuiz);
    await answerEverythingRight(user);
    await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
    expect(screen.getByRole('status')).toHaveTextContent('Score 7 of 7 (100%), passed');
    expect(screen.getByText('Your best: 100%, passed')).toBeInTheDocument();
  });
});

describe('Quiz with shuffled options and a pool', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { renderToString } = require('react-dom/server') as { renderToString: (node: React.ReactNode) => string };
  const { shuffle: _authoredOrder, ...shuffledQuiz } = sampleQuiz;
  const shuffled: QuizData = { ...shuffledQuiz, id: 'shuffled' };
  const pooled: QuizData = { ...shuffledQuiz, id: 'pooled', draw: 3 };
  const prompts = () => screen.getAllByRole('group').map((group) => group.querySelector('legend span:last-child')?.textContent);

  it('renders the same order on the server and in the first render, so hydration matches', () => {
    const html = renderToString(<Quiz quiz={shuffled} />);
    const { container } = render(<Quiz quiz={shuffled} />);
    const options = ['Australia', 'The United Kingdom', 'The United States', 'TSMC', 'Nvidia', 'ASML'];
    const order = (text: string) => [...options].sort((a, b) => text.indexOf(a) - text.indexOf(b));
    expect(order(container.innerHTML)).toEqual(order(html));
  });

  it('keeps every option after shuffling in the browser', async () => {
    await renderReady(shuffled);
    const single = screen.getByRole('group', { name: /first barred high-risk vendors/ });
    const names = within(single).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent);
    expect([...names].sort()).toEqual(['Australia', 'The United Kingdom', 'The United States']);
  });

  it('asks the drawn number of questions, counts only their points, and draws afresh on a retake', async () => {
    const user = userEvent.setup();
    await renderReady(pooled);
    await screen.findByText(/Practice: 3 questions/);
    expect(screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET')).toHaveLength(3);
    const seen = new Set<string>();
    for (let attempt = 0; attempt < 6; attempt++) {
      const before = prompts().join('|');
      prompts().forEach((prompt) => seen.add(prompt!));
      await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
      expect(screen.getByRole('status')).toHaveTextContent(/of [34] \(/);
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      if (attempt === 5) expect(prompts().join('|')).not.toBe(before);
    }
    expect(seen.size).toBeGreaterThan(3);
  });

  it('records the attempt’s seed, from which the gradebook re-derives exactly the questions asked', async () => {
    const user = userEvent.setup();
    await renderReady(pooled);
    await screen.findByText(/Practice: 3 questions/);
    const shown = prompts();
    await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
    const saved = progressStore.getSnapshot().progress.quizzes['pooled']!.latest;
    expect(saved.seed).toEqual(expect.any(String));
    const asked = questionsAsked(pooled, saved.seed)!.map((question) => question.id);
    expect(asked).toEqual(saved.questions.map((result) => result.questionId));
    expect(shown).toEqual(asked.map((id) => pooled.questions.find((question) => question.id === id)!.prompt));
  });
});

describe('Quiz in exam mode', () => {
  const exam: QuizData = { ...sampleQuiz, id: 'exam', mode: 'exam', maxAttempts: 2 };

  it('shows the questions after Start, with no Check and no hints, and feedback only after submitting', async () => {
    const user = userEvent.setup();
    await renderReady(exam);
    expect(screen.getByText(/Exam: 6 questions, no checking and no hints/)).toBeInTheDocument();
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Start the exam' }));
    await answerEverythingRight(user);
    expect(screen.queryByRole('button', { name: 'Check' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show hint' })).not.toBeInTheDocument();
    expect(screen.queryByText('Correct.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
    expect(screen.getByRole('status')).toHaveTextContent('Score 7 of 7 (100%), passed');
    expect(screen.getByRole('region', { name: 'Review of your answers' })).toHaveTextContent('Australia (correct answer) (your choice)');
  });

  it('honours maxAttempts', async () => {
    const user = userEvent.setup();
    await renderReady(exam);
    for (let attempt = 0; attempt < 2; attempt++) {
      await user.click(await screen.findByRole('button', { name: 'Start the exam' }));
      await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
      if (attempt === 0) await user.click(screen.getByRole('button', { name: 'Try again' }));
    }
    expect(screen.getByRole('button', { name: 'Try again' })).toBeDisabled();
  });
});

describe('the review deck', () => {
  const card = (questionId: string) => cardOf(progressStore.getSnapshot().progress.review, { quizId: sampleQuiz.id, questionId });

  it('takes in the questions answered wrong, due at once, and leaves the right ones out', async () => {
    const user = userEvent.setup();
    render(<Quiz quiz={sampleQuiz} />);
    await answerEverythingRight(user);
    await user.click(within(question(1)).getByRole('radio', { name: 'The United Kingdom' }));
    await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
    await waitFor(() => expect(card('q-single')).not.toBeNull());
    expect(card('q-single')!.dueAt).toBeLessThanOrEqual(Date.now());
    expect(card('q-single')!.lastMissedAt).not.toBeNull();
    for (const id of ['q-multiple', 'q-tf', 'q-order', 'q-match', 'q-short']) expect(card(id)).toBeNull();
  });

  it('takes in, as helped ("hard"), a right answer given after the hint or after a Check that showed it wrong', async () => {
    const user = userEvent.setup();
    render(<Quiz quiz={sampleQuiz} />);
    await answerEverythingRight(user);
    await user.click(within(question(1)).getByRole('button', { name: 'Show hint' }));
    await user.click(within(question(2)).getByRole('checkbox', { name: 'Nvidia' }));
    await user.click(within(question(2)).getByRole('button', { name: 'Check' }));
    await user.click(within(question(2)).getByRole('checkbox', { name: 'Nvidia' }));
    await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
    expect(screen.getByRole('status')).toHaveTextContent('Score 7 of 7 (100%), passed');
    await waitFor(() => expect(card('q-multiple')).not.toBeNull());
    for (const id of ['q-single', 'q-multiple']) {
      expect(card(id)).toMatchObject({ reps: 1, lastMissedAt: null });
      expect(card(id)!.dueAt).toBeGreaterThan(Date.now());
    }
    expect(card('q-tf')).toBeNull();
  });

  it('counts a question missed in the attempt before a retry as helped when it is then right', async () => {
    const user = userEvent.setup();
    render(<Quiz quiz={sampleQuiz} />);
    await user.click(within(question(1)).getByRole('radio', { name: 'The United Kingdom' }));
    await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
    await waitFor(() => expect(card('q-single')).not.toBeNull());
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await answerEverythingRight(user);
    await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
    await waitFor(() => expect(card('q-single')!.reps).toBe(2));
    expect(card('q-single')!.dueAt).toBeGreaterThan(Date.now());
    // Questions left unanswered in the first attempt were missed too, and are reviewed now.
    expect(card('q-tf')!.reps).toBe(2);
  });
});
