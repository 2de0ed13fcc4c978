import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Explanation from '@site/src/components/Quiz/Explanation';
import Feedback from '@site/src/components/Quiz/Feedback';
import { verdictText } from '@site/src/components/Quiz/messages';
import type { Answer, QuestionResult } from '@site/src/quiz/attempt';
import { scoreQuestion } from '@site/src/quiz/scoring';
import { viewsOf } from '@site/src/quiz/types/views';
import type { ReviewCard } from '@site/src/review/card';
import { canMarkEasy, ratingOf, type AnswerOutcome } from '@site/src/review/rating';
import { nextReviewText } from './messages';
import { recordReview, type SessionItem } from './useReviewSession';
import styles from './styles.module.css';

export interface Props {
  readonly item: SessionItem;
  readonly position: number;
  readonly total: number;
  /** The lesson the question comes from, when the catalogue knows it. */
  readonly lessonHref: string | null;
  readonly announce: (message: string) => void;
  /** The answer was checked (and the review saved). */
  readonly onChecked: (isCorrect: boolean) => void;
  readonly onNext: () => void;
}

interface Checked {
  readonly result: QuestionResult;
  readonly outcome: AnswerOutcome;
  readonly card: ReviewCard;
  readonly at: number;
}

/**
 * One due card, asked with the quiz's own views (shuffled afresh), checked once: the verdict,
 * the explanations and the correct answer follow, the review is saved at once (so the session can
 * be left at any card), and the learner moves on, or marks a right answer easy.
 */
export default function ReviewQuestion({ item, position, total, lessonHref, announce, onChecked, onNext }: Props): ReactNode {
  const { question, quiz } = item;
  const name = `review-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [answer, setAnswer] = useState<Answer>(item.initialAnswer);
  const [isHintOpen, setHintOpen] = useState(false);
  const [isHinted, setHinted] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const { Input, Review } = viewsOf(question.type);

  // A new card takes focus at its heading (not on the first one: the page has just opened).
  useEffect(() => {
    if (position > 1) heading.current?.focus();
  }, [position]);
  useEffect(() => {
    if (checked) next.current?.focus();
  }, [checked]);

  const check = () => {
    const at = Date.now();
    const result = scoreQuestion(question, answer);
    const outcome = { isCorrect: result.correct, isHelped: isHinted };
    const card = recordReview(item, ratingOf(outcome), at);
    setChecked({ result, outcome, card, at });
    onChecked(result.correct);
    announce(`${verdictText(result)}. ${nextReviewText(card.dueAt, at)}`);
  };

  const markEasy = () => {
    if (checked) recordReview(item, 'easy', checked.at);
    onNext();
  };

  return (
    <section className={styles.card} aria-labelledby={`${name}-heading`} data-state={checked ? (checked.result.correct ? 'correct' : 'incorrect') : undefined}>
      <h2 id={`${name}-heading`} ref={heading} tabIndex={-1} className={styles.counter}>
        <Translate id="review.question.counter" values={{ position, total }}>
          {'Question {position} of {total}'}
        </Translate>
      </h2>
      <p className={styles.from}>
        <Translate id="review.question.from" values={{ quiz: quiz.title }}>
          {'From: {quiz}'}
        </Translate>
      </p>
      {/* Disabled once checked: the answer given is the one reviewed. */}
      <fieldset className={styles.answer} disabled={checked !== null}>
        <legend className={styles.prompt}>{question.prompt}</legend>
        <Input question={question} answer={answer} onAnswer={setAnswer} name={name} seed={item.seed} announce={announce} />
      </fieldset>
      {checked === null ? (
        <div className={styles.actions}>
          <button type="button" className="button button--primary" onClick={check}>
            <Translate id="review.question.check">Check</Translate>
          </button>
          {question.hint && (
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={isHintOpen}
              aria-controls={`${name}-hint`}
              onClick={() => {
                setHinted(true);
                setHintOpen(!isHintOpen);
              }}
            >
              {isHintOpen ? <Translate id="review.question.hideHint">Hide hint</Translate> : <Translate id="review.question.showHint">Show hint</Translate>}
            </button>
          )}
        </div>
      ) : null}
      {question.hint && (
        <p id={`${name}-hint`} className={styles.hint} hidden={!isHintOpen}>
          {isHintOpen && question.hint}
        </p>
      )}
      {checked && (
        <div className={styles.result}>
          <Feedback question={question} result={checked.result} />
          <Review question={question} answer={answer} />
          <Explanation question={question} />
          {lessonHref && (
            <p>
              <Link to={lessonHref}>
                <Translate id="review.question.lesson" values={{ quiz: quiz.title }}>
                  {'Read the lesson again: {quiz}'}
                </Translate>
              </Link>
            </p>
          )}
          <p className={styles.schedule}>{nextReviewText(checked.card.dueAt, checked.at)}</p>
          <div className={styles.actions}>
            <button ref={next} type="button" className="button button--primary" onClick={onNext}>
              {position === total ? (
                <Translate id="review.question.finish">Finish</Translate>
              ) : (
                <Translate id="review.question.next">Next question</Translate>
              )}
            </button>
            {canMarkEasy(checked.outcome) && (
              <button type="button" className="button button--secondary" onClick={markEasy}>
                {translate({ id: 'review.question.easy', message: 'That was easy: ask it later' })}
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
