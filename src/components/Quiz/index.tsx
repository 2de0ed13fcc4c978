import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { reportQuizSubmission } from '@site/src/lib/lms';
import { useQuizProgress } from '@site/src/lib/progress/useProgress';
import { recordReviewOutcomes } from '@site/src/lib/review/recordReviewOutcomes';
import type { QuizAttempt } from '@site/src/quiz/attempt';
import { quizContentHash } from '@site/src/quiz/contentHash';
import { drawCount, isShuffled } from '@site/src/quiz/draw';
import type { Quiz as QuizData } from '@site/src/quiz/schema';
import { DEFAULT_PASS_MARK, scoreQuestion, scoreQuiz } from '@site/src/quiz/scoring';
import ExamStart from './ExamStart';
import { attemptsLeftText, checkAnnouncement, scoreSummary } from './messages';
import ModeNotice from './ModeNotice';
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

/**
 * A quiz inside a lesson. Each attempt draws its questions and orders them and their options
 * with a seed (src/quiz/draw.ts): the pre-rendered page uses the site's seed, and once the
 * learner's progress has loaded, the learner's own attempt begins. In practice mode every question
 * has "Check" and its hint; in exam mode (checkpoints, the final assessment) the questions appear
 * after "Start" and feedback only after submitting. The parts: `ModeNotice`, `ExamStart`,
 * `Question` (with each type's views from src/quiz/types), `Result` and `Review`, `Saved`.
 */
export default function Quiz({ quiz, className }: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const contentHash = useMemo(() => quizContentHash(quiz), [quiz]);
  const { progress, learnerSeed, saveAttempt } = useQuizProgress(quiz.id, contentHash);
  const [state, dispatch] = useQuizState(quiz);
  const [announcement, setAnnouncement] = useState('');
  // A live region only speaks when its text changes: a trailing no-break space makes a repeated
  // message (the same question checked twice) differ, so it is announced again.
  const announce = useCallback(
    (message: string) => setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message)),
    [],
  );

  const isExam = quiz.mode === 'exam';
  const attemptsUsed = progress?.attempts ?? 0;
  const attemptsLeft = quiz.maxAttempts === undefined ? null : Math.max(0, quiz.maxAttempts - attemptsUsed);
  const hasAttemptsLeft = attemptsLeft === null || attemptsLeft > 0;

  // Once the learner's seed and attempt count are known, their own attempt begins (before any
  // answer is given): a reload shows the same attempt again, a retake the next one.
  const { key, submitted, startedAt } = state;
  useEffect(() => {
    if (learnerSeed === null || submitted !== null || startedAt !== null) return;
    if (key.learnerSeed === learnerSeed && key.number === attemptsUsed + 1) return;
    dispatch({ type: 'begin', key: { number: attemptsUsed + 1, learnerSeed } });
  }, [learnerSeed, attemptsUsed, key, submitted, startedAt, dispatch]);

  const submit = () => {
    const score = scoreQuiz({ ...quiz, questions: [...state.questions] }, state.answers);
    const now = new Date().toISOString();
    const attempt: QuizAttempt = {
      quizId: quiz.id,
      contentHash,
      attempt: state.key.number,
      startedAt: state.startedAt ?? now,
      submittedAt: now,
      points: score.points,
      maxPoints: score.maxPoints,
      percent: score.percent,
      passed: score.passed,
      mode: quiz.mode ?? 'practice',
      seed: state.seed,
      questions: score.questions,
    };
    saveAttempt(attempt);
    reportQuizSubmission(quiz, attempt);
    void recordReviewOutcomes(attempt, Object.keys(state.helped));
    dispatch({ type: 'submit', attempt });
    announce(scoreSummary(attempt));
  };

  const retry = () => {
    dispatch({ type: 'begin', key: { number: Math.max(attemptsUsed, state.key.number) + 1, learnerSeed } });
    announce('');
  };

  const isAnswering = !isExam || state.isStarted;
  return (
    // Busy until the learner's own attempt has begun: until then its questions may still change.
    // Not in the search index: search finds where the course teaches a thing, and a question's
    // options would set answers beside the query. Explanations appear only once answered.
    <section
      className={clsx(styles.quiz, className)}
      aria-labelledby={`quiz-${quiz.id}`}
      aria-busy={state.key.learnerSeed === null}
      data-pagefind-ignore=""
    >
      <h3 id={`quiz-${quiz.id}`} className={styles.title}>
        {quiz.title}
      </h3>
      <ModeNotice mode={quiz.mode ?? 'practice'} questionCount={drawCount(quiz)} passMark={quiz.passMark ?? DEFAULT_PASS_MARK} />
      {!isBrowser && (
        <p className={styles.notice}>
          <Translate id="quiz.noscript">Checking and scoring this quiz needs JavaScript.</Translate>
        </p>
      )}
      {state.submitted ? (
        <>
          <Result attempt={state.submitted} best={progress?.best ?? null} attemptsLeft={attemptsLeft} maxAttempts={quiz.maxAttempts} onRetry={retry} />
          <Review quiz={quiz} attempt={state.submitted} />
        </>
      ) : (
        <>
          {progress && <Saved quiz={quiz} progress={progress} />}
          {!isAnswering && (
            <ExamStart canStart={isBrowser && learnerSeed !== null && hasAttemptsLeft} onStart={() => dispatch({ type: 'start', now: new Date().toISOString() })} />
          )}
          {isAnswering &&
            state.questions.map((question, index) => (
              <Question
                key={`${state.key.number}-${question.id}`}
                question={question}
                answer={state.answers[question.id]!}
                position={index + 1}
                total={state.questions.length}
                isPractice={!isExam}
                isChecked={state.checked[question.id] === true}
                isInteractive={isBrowser}
                seed={isShuffled(quiz) && question.shuffle !== false ? state.seed : null}
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
            {isAnswering && (
              <button type="button" className="button button--primary" onClick={submit} disabled={!isBrowser || !hasAttemptsLeft}>
                <Translate id="quiz.submit">Submit quiz</Translate>
              </button>
            )}
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
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
