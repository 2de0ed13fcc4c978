import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type { Question } from '@site/src/quiz/schema';

interface Props {
  readonly question: Question;
}

/**
 * What a question teaches once it is answered: its explanation and its source, in the quiz's
 * review and in a review session alike.
 */
export default function Explanation({ question }: Props): ReactNode {
  return (
    <>
      {question.explanation && <p>{question.explanation}</p>}
      {question.source && (
        <p>
          <Translate id="quiz.review.source">Source:</Translate> <Link href={question.source.url}>{question.source.title}</Link>
        </p>
      )}
    </>
  );
}
