import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { VerdictHeadline } from './Feedback';
import { questionCounter } from './messages';
import ReviewAnswer from './ReviewAnswer';
import type { Quiz } from './schema';
import styles from './styles.module.css';
import type { QuizAttempt } from './types';

interface Props {
  readonly quiz: Quiz;
  readonly attempt: QuizAttempt;
}

/** Every question of an attempt: the learner's answer, the correct one and the explanations. */
export default function Review({ quiz, attempt }: Props): ReactNode {
  const results = new Map(attempt.questions.map((result) => [result.questionId, result]));
  return (
    <section className={styles.review} aria-labelledby={`${quiz.id}-review`}>
      <h4 id={`${quiz.id}-review`}>
        <Translate id="quiz.review.title">Review of your answers</Translate>
      </h4>
      <ol className={styles.reviewQuestions}>
        {quiz.questions.map((question, index) => {
          const result = results.get(question.id);
          if (!result) return null;
          return (
            <li key={question.id} className={styles.reviewQuestion}>
              <p className={styles.counter}>{questionCounter(index + 1, quiz.questions.length)}</p>
              <p className={styles.prompt}>{question.prompt}</p>
              <VerdictHeadline result={result} />
              <ReviewAnswer question={question} answer={result.answer} />
              {question.explanation && <p>{question.explanation}</p>}
              {question.source && (
                <p>
                  <Translate id="quiz.review.source">Source:</Translate> <Link href={question.source.url}>{question.source.title}</Link>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
