import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ReviewSession from '@site/src/components/ReviewSession';
import type { QuizLoader } from '@site/src/components/ReviewSession/useReviewSession';
import { emptyProgress, loadProgressRuntime, PROGRESS_KEY } from '@site/src/lib/progress';
import { progressStore } from '@site/src/lib/progress/store';
import { quizContentHash } from '@site/src/quiz/contentHash';
import type { Quiz } from '@site/src/quiz/schema';
import { cardOf, withCard } from '@site/src/review/deck';
import { rateCard } from '@site/src/review/scheduler';
import type { ReviewDeck } from '@site/src/review/schema';
import { sampleQuiz } from '../quiz/fixtures';

const DAY = 86_400_000;
const single = { quizId: sampleQuiz.id, questionId: 'q-single' };
const trueFalse = { quizId: sampleQuiz.id, questionId: 'q-tf' };

/** Both sample questions missed yesterday, so both are due (the single-choice one first). */
function seedDeck(hash = quizContentHash(sampleQuiz)): ReviewDeck {
  const now = Date.now();
  let deck = withCard(undefined, single, hash, rateCard(null, 'again', now - DAY - 60_000), now);
  deck = withCard(deck, trueFalse, hash, rateCard(null, 'again', now - DAY), now);
  localStorage.setItem(PROGRESS_KEY, JSON.stringify({ ...emptyProgress(), review: deck }));
  return deck;
}

const loadSample = (quiz: Quiz | null = sampleQuiz) => jest.fn(async (id: string) => (id === sampleQuiz.id ? quiz : null));
const savedCard = (ref: typeof single) => cardOf(progressStore.getSnapshot().progress.review, ref);

async function renderSession(loadQuiz: QuizLoader = loadSample()) {
  await act(() => loadProgressRuntime());
  render(<ReviewSession loadQuiz={loadQuiz} />);
  return { user: userEvent.setup(), loadQuiz };
}

afterEach(() => jest.restoreAllMocks());

describe('the Review page session', () => {
  it('asks each due card once with the quiz’s own controls, saves each answer, and ends with a summary', async () => {
    seedDeck();
    const loadQuiz = loadSample();
    const { user } = await renderSession(loadQuiz);
    const first = await screen.findByRole('region', { name: 'Question 1 of 2' });
    expect(loadQuiz).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/^2 questions due for review/)).toBeInTheDocument();
    expect(within(first).getByText('From: Sample quiz')).toBeInTheDocument();

    // Right: verdict, the choice's explanation, the correct answer, the explanation, the next date.
    await user.click(within(first).getByRole('radio', { name: 'Australia' }));
    await user.click(within(first).getByRole('button', { name: 'Check' }));
    expect(within(first).getByText('Correct.')).toBeInTheDocument();
    expect(within(first).getAllByText('Its 2018 guidance came first.', { exact: false }).length).toBeGreaterThan(0);
    expect(within(first).getByText('Australia issued its guidance on 23 August 2018.')).toBeInTheDocument();
    expect(within(first).getByRole('radio', { name: 'Australia' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent(/^correct\. Next review: .+\.$/);
    expect(savedCard(single)!.dueAt).toBeGreaterThan(Date.now());
    expect(within(first).getByRole('button', { name: 'Next question' })).toHaveFocus();

    await user.keyboard('{Enter}');
    const second = screen.getByRole('region', { name: 'Question 2 of 2' });
    expect(screen.getByRole('heading', { name: 'Question 2 of 2' })).toHaveFocus();
    await user.click(within(second).getByRole('radio', { name: 'True' }));
    await user.click(within(second).getByRole('button', { name: 'Check' }));
    expect(within(second).getByText('Incorrect.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('incorrect. It stays due: it will be asked again in your next review.');
    expect(savedCard(trueFalse)!.dueAt).toBeLessThanOrEqual(Date.now());

    await user.click(within(second).getByRole('button', { name: 'Finish' }));
    expect(screen.getByRole('heading', { name: 'Session over' })).toHaveFocus();
    expect(screen.getByText('You reviewed 2 questions and got 1 right.')).toBeInTheDocument();
    expect(screen.getByText(/^Next review: .+, 1 question\.$/)).toBeInTheDocument();

    // The missed one can be asked again straight away.
    await user.click(screen.getByRole('button', { name: 'Review the 1 question due now' }));
    expect(await screen.findByRole('region', { name: 'Question 1 of 1' })).toHaveTextContent(sampleQuiz.questions[2]!.prompt);
  });

  it('reviews a right answer given after the hint as "hard", and lets a clean right answer be marked easy', async () => {
    seedDeck();
    const { user } = await renderSession();
    const first = await screen.findByRole('region', { name: 'Question 1 of 2' });
    const before = savedCard(single)!;
    await user.click(within(first).getByRole('button', { name: 'Show hint' }));
    expect(within(first).getByText('Think of August 2018.')).toBeVisible();
    await user.click(within(first).getByRole('radio', { name: 'Australia' }));
    await user.click(within(first).getByRole('button', { name: 'Check' }));
    const hard = savedCard(single)!;
    expect(hard.dueAt).toBeGreaterThan(Date.now());
    expect(hard.dueAt).toBeLessThan(rateCard(before, 'good', hard.lastReviewAt!).dueAt);
    expect(within(first).queryByRole('button', { name: /easy/ })).not.toBeInTheDocument();
    await user.click(within(first).getByRole('button', { name: 'Next question' }));

    const second = screen.getByRole('region', { name: 'Question 2 of 2' });
    const tfBefore = savedCard(trueFalse)!;
    await user.click(within(second).getByRole('radio', { name: 'False' }));
    await user.click(within(second).getByRole('button', { name: 'Check' }));
    const good = savedCard(trueFalse)!.dueAt;
    await user.click(within(second).getByRole('button', { name: 'That was easy: ask it later' }));
    const easy = savedCard(trueFalse)!;
    expect(easy.dueAt).toBeGreaterThan(good);
    expect(easy.reps).toBe(tfBefore.reps + 1);
    expect(screen.getByRole('heading', { name: 'Session over' })).toBeInTheDocument();
  });

  it('can be stopped at any card, keeping what was answered', async () => {
    seedDeck();
    const { user } = await renderSession();
    const first = await screen.findByRole('region', { name: 'Question 1 of 2' });
    await user.click(within(first).getByRole('radio', { name: 'The United Kingdom' }));
    await user.click(within(first).getByRole('button', { name: 'Check' }));
    await user.click(screen.getByRole('button', { name: 'Stop for now' }));
    expect(screen.getByText('You reviewed 1 question and got 0 right.')).toBeInTheDocument();
    expect(savedCard(single)!.reps).toBe(2);
    expect(screen.getByRole('button', { name: 'Review the 2 questions due now' })).toBeInTheDocument();
  });

  it('starts a card afresh when its quiz changed, and drops a card whose question is gone, with console notes', async () => {
    seedDeck();
    const info = jest.spyOn(console, 'info').mockImplementation(() => {});
    const edited: Quiz = {
      ...sampleQuiz,
      questions: sampleQuiz.questions.filter((q) => q.id !== 'q-tf').map((q) => (q.id === 'q-single' ? { ...q, prompt: 'Which country went first?' } : q)),
    };
    await renderSession(loadSample(edited));
    const only = await screen.findByRole('region', { name: 'Question 1 of 1' });
    expect(within(only).getByText('Which country went first?')).toBeInTheDocument();
    expect(savedCard(single)).toMatchObject({ state: 'new', reps: 0 });
    expect(savedCard(trueFalse)).toBeNull();
    expect(info).toHaveBeenCalledWith('Review deck: dropped the card for question "q-tf" of quiz "sample-quiz": the quiz no longer has that question.');
    expect(info).toHaveBeenCalledWith('Review deck: the card for question "q-single" of quiz "sample-quiz" starts afresh: the quiz has changed.');
  });

  it('leaves the deck alone and says so when the questions cannot be loaded', async () => {
    const deck = seedDeck();
    await renderSession(() => Promise.reject(new Error('offline')));
    expect(await screen.findByRole('alert')).toHaveTextContent('The questions could not be loaded.');
    expect(progressStore.getSnapshot().progress.review).toEqual(deck);
  });

  it('explains the deck when it is empty, and says when the next card is due when none is', async () => {
    await renderSession();
    expect(await screen.findByText(/^Your review deck is empty\./)).toBeInTheDocument();

    const now = Date.now();
    const deck = withCard(undefined, single, quizContentHash(sampleQuiz), rateCard(null, 'good', now), now);
    act(() => {
      progressStore.update((progress) => ({ ...progress, review: deck }));
    });
    expect(await screen.findByText('Nothing is due for review now.')).toBeInTheDocument();
    expect(screen.getByText(/^Next review: .+ \(in 2 days\), 1 question\.$/)).toBeInTheDocument();
  });
});
