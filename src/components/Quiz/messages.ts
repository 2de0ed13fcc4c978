/**
 * Reader-facing sentences that several parts of the quiz build from numbers. Each goes through
 * Docusaurus' `translate()`, so the course can be translated later.
 */
import { translate } from '@docusaurus/Translate';
import { formatPoints } from '@site/src/quiz/points';
import type { QuestionResult } from '@site/src/quiz/attempt';

export type Verdict = 'correct' | 'partial' | 'incorrect';

export function verdictOf(result: Pick<QuestionResult, 'points' | 'correct'>): Verdict {
  return result.correct ? 'correct' : result.points > 0 ? 'partial' : 'incorrect';
}

/** "correct" / "partly correct, 1 of 2 points" / "incorrect". */
export function verdictText(result: Pick<QuestionResult, 'points' | 'maxPoints' | 'correct'>): string {
  switch (verdictOf(result)) {
    case 'correct':
      return translate({ id: 'quiz.verdict.correct', message: 'correct' });
    case 'partial':
      return translate(
        { id: 'quiz.verdict.partial', message: 'partly correct, {points} of {max} points' },
        { points: formatPoints(result.points), max: formatPoints(result.maxPoints) },
      );
    case 'incorrect':
      return translate({ id: 'quiz.verdict.incorrect', message: 'incorrect' });
  }
}

/** "Question 3: partly correct, 1 of 2 points" — what the live region says after "Check". */
export function checkAnnouncement(position: number, result: QuestionResult): string {
  return translate(
    { id: 'quiz.check.announcement', message: 'Question {position}: {verdict}' },
    { position, verdict: verdictText(result) },
  );
}

/** "Score 4 of 5 (80%), passed". */
export function scoreSummary(score: { points: number; maxPoints: number; percent: number; passed: boolean }): string {
  const values = { points: formatPoints(score.points), max: formatPoints(score.maxPoints), percent: score.percent };
  return score.passed
    ? translate({ id: 'quiz.score.passed', message: 'Score {points} of {max} ({percent}%), passed' }, values)
    : translate({ id: 'quiz.score.notPassed', message: 'Score {points} of {max} ({percent}%), not passed' }, values);
}

/** "Your best: 80%, passed". */
export function bestSummary(best: { percent: number; passed: boolean }): string {
  return best.passed
    ? translate({ id: 'quiz.best.passed', message: 'Your best: {percent}%, passed' }, { percent: best.percent })
    : translate({ id: 'quiz.best.notPassed', message: 'Your best: {percent}%, not passed' }, { percent: best.percent });
}

export function attemptsLeftText(left: number, max: number): string {
  return translate(
    { id: 'quiz.attempts.left', message: 'Attempts left: {left} of {max}' },
    { left, max },
  );
}

export function questionCounter(position: number, total: number): string {
  return translate({ id: 'quiz.question.counter', message: 'Question {position} of {total}' }, { position, total });
}
