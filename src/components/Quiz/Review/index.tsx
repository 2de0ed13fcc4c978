import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import type { QuizAttempt } from '@site/src/quiz/attempt';
import { emptyAnswer } from '@site/src/quiz/scoring';
import type { Quiz } from '@site/src/quiz/schema';
import { viewsOf } from '@site/src/quiz/types/views';
import { questionCounter } from '../messages';
import Explanation from '../Explanation';
import Verdict from '../Verdict';
import styles from './styles.module.css';

interface Props {
  readonly quiz: Quiz;
  readonly attempt: QuizAttempt;
}

/** Every question of an attempt: the learner's answer, the correct one and the explanations. */
export default function Review({ quiz, attempt }: Props): ReactNode {
  // The attempt's own questions in the order asked: a pooled quiz asks only some of its questions.
  const questions = new Map(quiz.questions.map((question) => [question.id, question]));
  const asked = attempt.questions.flatMap((result) => {
    const question = questions.get(result.questionId);
    return question ? [{ question, result }] : [];
  });
  return (
    <section className={styles.review} aria-labelledby={`${quiz.id}-review`}>
      <h4 id={`${quiz.id}-review`}>
        <Translate id="quiz.review.title">Review of your answers</Translate>
      </h4>
      <ol className={styles.questions}>
        {asked.map(({ question, result }, index) => {
          const { Review: Answer } = viewsOf(question.type);
          // Saved data whose answer has another type than the question shows as unanswered.
          const answer = result.answer.type === question.type ? result.answer : emptyAnswer(question);
          return (
            <li key={question.id} className={styles.question}>
              <p className={styles.counter}>{questionCounter(index + 1, asked.length)}</p>
              <p className={styles.prompt}>{question.prompt}</p>
              <Verdict result={result} />
              <Answer question={question} answer={answer} />
              <Explanation question={question} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
