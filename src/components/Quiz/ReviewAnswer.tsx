import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import { trueFalseLabel } from './questions/TrueFalse';
import type { Question } from './schema';
import styles from './styles.module.css';
import type { Answer } from './types';

const noAnswer = <Translate id="quiz.review.noAnswer">No answer</Translate>;
const yourAnswerLabel = <Translate id="quiz.review.yourAnswer">Your answer</Translate>;
const correctAnswerLabel = <Translate id="quiz.review.correctAnswer">Correct answer</Translate>;

function Row({ label, children }: { readonly label: ReactNode; readonly children: ReactNode }): ReactNode {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Choice questions: every option, marked right or wrong and chosen or not, with its explanation. */
function Options({ question, chosen }: { readonly question: Extract<Question, { options: unknown }>; readonly chosen: readonly string[] }): ReactNode {
  return (
    <ul className={styles.reviewOptions}>
      {question.options.map((option) => (
        <li key={option.id} data-state={option.correct ? 'correct' : undefined}>
          <span>{option.text}</span>{' '}
          {option.correct && (
            <strong>
              (<Translate id="quiz.review.isCorrectOption">correct answer</Translate>)
            </strong>
          )}{' '}
          {chosen.includes(option.id) && (
            <em>
              (<Translate id="quiz.review.yourChoice">your choice</Translate>)
            </em>
          )}
          {option.explanation && <span className={styles.optionExplanation}>{option.explanation}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The learner's answer beside the correct one, for one question of any type. */
export default function ReviewAnswer({ question, answer }: { readonly question: Question; readonly answer: Answer }): ReactNode {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const chosen = answer.type === 'single' ? [answer.optionId ?? ''] : answer.type === 'multiple' ? answer.optionIds : [];
      return <Options question={question} chosen={chosen} />;
    }
    case 'true-false': {
      const value = answer.type === 'true-false' ? answer.value : null;
      return (
        <dl className={styles.reviewList}>
          <Row label={yourAnswerLabel}>
            {value === null ? noAnswer : trueFalseLabel(value)}
            {value !== null && question.explanations && ` — ${question.explanations[value ? 'true' : 'false']}`}
          </Row>
          <Row label={correctAnswerLabel}>{trueFalseLabel(question.answer)}</Row>
        </dl>
      );
    }
    case 'ordering': {
      const text = new Map(question.items.map((item) => [item.id, item.text]));
      const given = answer.type === 'ordering' ? answer.itemIds : [];
      return (
        <dl className={styles.reviewList}>
          <Row label={yourAnswerLabel}>
            <ol>{given.map((id) => <li key={id}>{text.get(id) ?? id}</li>)}</ol>
          </Row>
          <Row label={correctAnswerLabel}>
            <ol>
              {question.items.map((item) => (
                <li key={item.id}>
                  {item.text}
                  {item.explanation && <span className={styles.optionExplanation}>{item.explanation}</span>}
                </li>
              ))}
            </ol>
          </Row>
        </dl>
      );
    }
    case 'matching': {
      const matches = answer.type === 'matching' ? answer.matches : {};
      const matchText = new Map(question.pairs.map((pair) => [pair.id, pair.match]));
      return (
        <dl className={styles.reviewList}>
          {question.pairs.map((pair) => {
            const chosen = matches[pair.id];
            return (
              <Row key={pair.id} label={pair.term}>
                {yourAnswerLabel}: {chosen ? matchText.get(chosen) : noAnswer}
                {' '}
                {chosen === pair.id ? (
                  <Translate id="quiz.review.pairRight">(right)</Translate>
                ) : (
                  <Translate id="quiz.review.pairWrong">(wrong)</Translate>
                )}
                <br />
                {correctAnswerLabel}: {pair.match}
                {pair.explanation && <span className={styles.optionExplanation}>{pair.explanation}</span>}
              </Row>
            );
          })}
        </dl>
      );
    }
    case 'short-answer': {
      const text = answer.type === 'short-answer' ? answer.text.trim() : '';
      const number = question.number
        ? `${question.number.value}${question.number.tolerance ? ` ± ${question.number.tolerance}` : ''}${question.unit ? ` ${question.unit}` : ''}`
        : null;
      const accepted = [...(question.accept ?? []), ...(number ? [number] : [])];
      return (
        <dl className={styles.reviewList}>
          <Row label={yourAnswerLabel}>{text === '' ? noAnswer : text}</Row>
          <Row label={correctAnswerLabel}>{accepted.join(' / ')}</Row>
        </dl>
      );
    }
  }
}
