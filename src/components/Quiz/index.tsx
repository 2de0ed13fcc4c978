import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useQuizProgress } from '@site/src/lib/progress/useProgress';
import { recordReviewOutcomes } from '@site/src/lib/review/recordReviewOutcomes';
import { attemptsLeftText, checkAnnouncement, scoreSummary } from './messages';
import type { QuizAttempt } from '@site/src/quiz/attempt';
import { quizContentHash } from '@site/src/quiz/contentHash';
import type { Quiz as QuizData } from '@site/src/quiz/schema';
import { scoreQuestion, scoreQuiz } from '@site/src/quiz/scoring';
import Question from './Question';
import Result from './Result';
import Review from './Review';
import Saved from './Saved';
import styles from './styles.module.css';
import { useQuizState } from './useQuizState';

export interface Props {
  readonly quiz: QuizData;
  readonly className?: string;
}

function randomSeed(): string {
  return Math.floor(Math.random() * 2 ** 32).toString(36);
}

/**
 * A quiz inside a lesson. The questions are in the pre-rendered HTML; scoring, saving and
 * shuffling start after hydration. The parts: `Question` (one per question, with a part per
 * type in `src/quiz/types/`), `Result` and `Review` after submitting, `Saved` for earlier attempts.
 */
export default function Quiz({ quiz, className }: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const contentHash = useMemo(() => quizContentHash(quiz), [quiz]);
  const { progress, saveAttempt } = useQuizProgress(quiz.id, contentHash);
  const [state, dispatch] = useQuizState(quiz);
  const [announcement, setAnnouncement] = useState('');
  // A live region only speaks when its text changes: a trailing no-break space makes a repeated
  // message (the same question checked twice) differ, so it is announced again.
  const announce = useCallback(
    (message: string) => setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message)),
    [],
  );

  // Shuffle only after mount, so the server HTML and the first client render agree.
  useEffect(() => {
    if (quiz.shuffle) dispatch({ type: 'reseed', seed: randomSeed() });
  }, [quiz.shuffle, dispatch]);

  const attemptsUsed = progress?.attempts ?? 0;
  const attemptsLeft = quiz.maxAttempts === undefined ? null : Math.max(0, quiz.maxAttempts - attemptsUsed);
  const canSubmit = isBrowser && (attemptsLeft === null || attemptsLeft > 0);

  const submit = () => {
    const score = scoreQuiz(quiz, state.answers);
    const now = new Date().toISOString();
    const attempt: QuizAttempt = {
      quizId: quiz.id,
      contentHash,
      attempt: attemptsUsed + 1,
      startedAt: state.startedAt ?? now,
      submittedAt: now,
      points: score.points,
      maxPoints: score.maxPoints,
      percent: score.percent,
      passed: score.passed,
      questions: score.questions,
    };
    saveAttempt(attempt);
    void recordReviewOutcomes(attempt, Object.keys(state.helped));
    dispatch({ type: 'submit', attempt });
    announce(scoreSummary(attempt));
  };

  const retry = () => {
    dispatch({ type: 'retry', seed: quiz.shuffle ? randomSeed() : null });
    announce('');
  };

  return (
    <section className={clsx(styles.quiz, className)} aria-labelledby={`quiz-${quiz.id}`}>
      <h3 id={`quiz-${quiz.id}`} className={styles.title}>
        {quiz.title}
      </h3>
      {!isBrowser && (
        <p className={styles.notice}>
          <Translate id="quiz.noscript">Checking and scoring this quiz needs JavaScript.</Translate>
        </p>
      )}
      {state.submitted ? (
        <>
          <Result
            attempt={state.submitted}
            best={progress?.best ?? null}
            attemptsLeft={attemptsLeft}
            maxAttempts={quiz.maxAttempts}
            onRetry={retry}
          />
          <Review quiz={quiz} attempt={state.submitted} />
        </>
      ) : (
        <>
          {progress && <Saved quiz={quiz} progress={progress} />}
          {quiz.questions.map((question, index) => (
            <Question
              key={`${state.round}-${question.id}`}
              question={question}
              answer={state.answers[question.id]!}
              position={index + 1}
              total={quiz.questions.length}
              isChecked={state.checked[question.id] === true}
              isInteractive={isBrowser}
              seed={state.seed}
              announce={announce}
              onAnswer={(answer) => dispatch({ type: 'answer', questionId: question.id, answer, now: new Date().toISOString() })}
              onHintOpen={() => dispatch({ type: 'hint', questionId: question.id })}
              onCheck={() => {
                dispatch({ type: 'check', questionId: question.id });
                announce(checkAnnouncement(index + 1, scoreQuestion(question, state.answers[question.id]!)));
              }}
            />
          ))}
          <div className={styles.submit}>
            <button type="button" className="button button--primary" onClick={submit} disabled={!canSubmit}>
              <Translate id="quiz.submit">Submit quiz</Translate>
            </button>
            {attemptsLeft !== null && quiz.maxAttempts !== undefined && (
              <p>
                {attemptsLeft === 0 ? (
                  <Translate id="quiz.result.noAttemptsLeft">You have used all your attempts at this quiz.</Translate>
                ) : (
                  attemptsLeftText(attemptsLeft, quiz.maxAttempts)
                )}
              </p>
            )}
          </div>
        </>
      )}
      <p role="status" className={styles.visuallyHidden}>
        {announcement}
      </p>
    </section>
  );
}
