import type { QuestionResult } from '@site/src/quiz/attempt';
import { courseQuizzesOf } from '@site/src/lib/gradebook/courseQuizzes';
import { rescoreResult } from '@site/src/lib/gradebook/rescore';
import type { QuizResult } from '@site/src/lib/results/schema';
import { attemptSeed, drawQuestions } from '@site/src/quiz/draw';
import { chipsQuiz, currentHashOf, sampleCourse } from '../../support/courseQuizzes';
import { fullMarks, question } from '../../support/results';

const chips = sampleCourse[0]!;
const fiveG = sampleCourse[1]!;
const single = (optionId: string) => ({ type: 'single', optionId }) as const;
const tf = (value: boolean) => ({ type: 'true-false', value }) as const;
const multiple = (...optionIds: string[]) => ({ type: 'multiple', optionIds }) as const;

/** A quiz result as a file states it: by default full marks, passed, on time, current version. */
function stated(quizId: string, questions: QuestionResult[], claims: Partial<QuizResult> = {}): QuizResult {
  const maxPoints = questions.reduce((sum, q) => sum + q.maxPoints, 0);
  return {
    quizId, title: 'Whatever the file says', points: maxPoints, maxPoints, percent: 100, passed: true,
    submittedAt: '2026-11-20T10:00:00.000Z', late: false, questions, contentHash: currentHashOf(quizId), ...claims,
  };
}

describe('re-scoring a result from its answers', () => {
  it('scores the recorded answers with the course’s quiz, whatever points the file states', () => {
    const forged = stated('how-chips-are-made', [
      question('q1', single('b'), true), question('q3', single('c'), true), question('q2', tf(false), true), question('q4', multiple('a', 'b'), true),
    ]);
    const result = rescoreResult(forged, chips, null);
    expect(result).toMatchObject({ points: 2, maxPoints: 4, percent: 50, passed: false });
    expect(result.differences).toEqual(['score', 'passed']);
    expect(result.stated).toMatchObject({ points: 4, maxPoints: 4, passed: true });
    // In the quiz's order: the questions asked are re-derived, not read from the file.
    expect(result.questions.map((q) => [q.questionId, q.correct])).toEqual([['q1', false], ['q2', false], ['q3', true], ['q4', true]]);
  });

  it('counts a question the file leaves out as unanswered, so deleting a wrong answer gains nothing', () => {
    const all = [question('q1', single('a'), true), question('q2', tf(false), false), question('q3', single('c'), true), question('q4', multiple('a', 'b'), true)];
    const honest = rescoreResult(stated('how-chips-are-made', all, { points: 3, passed: true }), chips, null);
    expect(honest).toMatchObject({ points: 3, maxPoints: 4, missing: [], extra: [], asked: 're-derived' });
    // The wrong answer to q2 deleted, and the stated score made 3 / 3.
    const trimmed = rescoreResult(stated('how-chips-are-made', all.filter((q) => q.questionId !== 'q2')), chips, null);
    expect(trimmed).toMatchObject({ points: 3, maxPoints: 4, passed: true, missing: ['q2'], extra: [] });
    expect(trimmed.differences).toEqual(['score', 'questions']);
    // A question recorded twice counts once.
    expect(rescoreResult(stated('how-chips-are-made', [...all, all[0]!], { points: 3 }), chips, null)).toMatchObject({ points: 3, maxPoints: 4 });
  });

  describe('a quiz that draws from a pool', () => {
    const pooledQuiz = { ...chipsQuiz, id: 'pooled', draw: 2 };
    const [pooled] = courseQuizzesOf([pooledQuiz]);
    const seed = attemptSeed('learner1', 'pooled', 1);
    const asked = drawQuestions(pooledQuiz, seed).map((q) => q.id);
    const notAsked = pooledQuiz.questions.map((q) => q.id).find((id) => !asked.includes(id))!;
    const rightAnswers = Object.fromEntries(fullMarks('how-chips-are-made').map((q) => [q.questionId, q]));
    const result = (ids: readonly string[], claims: Partial<QuizResult>) =>
      rescoreResult(stated('pooled', ids.map((id) => rightAnswers[id]!), { contentHash: pooled!.contentHash, ...claims }), pooled!, null);

    it('scores the questions its recorded seed draws, the maximum being theirs', () => {
      const drawn = result(asked, { seed });
      expect(drawn).toMatchObject({ maxPoints: 2, points: 2, asked: 're-derived', missing: [], extra: [], differences: [] });
    });

    it('finds a question asked but left out, and a question recorded but not asked', () => {
      const swapped = result([asked[0]!, notAsked], { seed, points: 2, maxPoints: 2 });
      expect(swapped).toMatchObject({ points: 1, maxPoints: 2, missing: [asked[1]], extra: [notAsked] });
      expect(swapped.differences).toContain('questions');
    });

    it('scores what a file records when it does not give the seed, and says the draw was not checked', () => {
      const unchecked = result([asked[0]!], { points: 1, maxPoints: 1 });
      expect(unchecked).toMatchObject({ points: 1, maxPoints: 1, asked: 'as-recorded', missing: [], differences: [] });
    });
  });

  it('judges pass on the exact share: 13.9 of 20 (shown as 70 %) does not pass a pass mark of 70', () => {
    const [course] = courseQuizzesOf([{
      id: 'weighted', title: 'Weighted', questions: [
        { id: 'big', type: 'true-false', prompt: 'Big', answer: true, points: 13.9 },
        { id: 'small', type: 'true-false', prompt: 'Small', answer: true, points: 6.1 },
      ],
    }]);
    const result = rescoreResult(stated('weighted', [question('big', tf(true), true, 13.9), question('small', tf(false), false, 6.1)], { contentHash: course!.contentHash }), course!, { items: [], passMark: 70 });
    expect(result).toMatchObject({ points: 13.9, maxPoints: 20, percent: 70, passed: false });
  });

  it('takes the pass mark from the assignment, else from the quiz', () => {
    // 2 of 4 points = 50 %: below the quiz's own 60 %, above an assignment's 40 %.
    const half = stated('what-5g-is', [question('q1', tf(true), true), question('q2', tf(false), true), question('q3', tf(false), false, 2)]);
    expect(rescoreResult(half, fiveG, null).passed).toBe(false);
    expect(rescoreResult(half, fiveG, { items: [] }).passed).toBe(false);
    expect(rescoreResult(half, fiveG, { items: [], passMark: 40 }).passed).toBe(true);
  });

  it('works out late from the due date and the submission time, and leaves it open without a due date known', () => {
    const result = stated('what-5g-is', fullMarks('what-5g-is'), { submittedAt: '2026-12-02T08:00:00.000Z', late: false });
    expect(rescoreResult(result, fiveG, { items: [], due: '2026-12-01T23:59:59.999Z' })).toMatchObject({ late: true, differences: ['late'] });
    expect(rescoreResult(result, fiveG, { items: [] }).late).toBe(false);
    expect(rescoreResult(result, fiveG, null).late).toBeNull();
  });

  it('tells the current version of a quiz from an older one and from a file that does not record it', () => {
    const answers = [question('q1', tf(true), true), question('q-removed', tf(true), true)];
    expect(rescoreResult(stated('what-5g-is', answers.slice(0, 1)), fiveG, null).version).toBe('current');
    const older = rescoreResult(stated('what-5g-is', answers, { contentHash: '0ld0ld00' }), fiveG, null);
    expect(older).toMatchObject({ version: 'older', unscored: ['q-removed'], points: 1, maxPoints: 1 });
    const { contentHash: _, ...versionOne } = stated('what-5g-is', answers.slice(0, 1));
    expect(rescoreResult(versionOne, fiveG, null).version).toBe('unrecorded');
  });
});
