import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import quizLoaders from '@generated/silicon-statecraft-quiz-loaders/default/quizLoaders';
import ProgressNotice from '@site/src/components/ProgressNotice';
import ReviewSession from '@site/src/components/ReviewSession';
import type { Quiz } from '@site/src/quiz/schema';

/**
 * A quiz's data by id, loaded on demand (one chunk per quiz, see plugins/quiz-loaders): null when
 * the site no longer has that quiz; a failed download throws, and the deck is left alone.
 */
async function loadQuiz(quizId: string): Promise<Quiz | null> {
  const load = Object.prototype.hasOwnProperty.call(quizLoaders, quizId) ? quizLoaders[quizId] : undefined;
  return load ? (await load()).default : null;
}

export default function ReviewPage(): ReactNode {
  return (
    <Layout
      title={translate({ id: 'review.page.title', message: 'Review' })}
      description={translate({
        id: 'review.page.description',
        message: 'Review the questions you missed, spaced over days: your own deck, kept in this browser.',
      })}
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="review.page.heading">Review what you missed</Translate>
        </Heading>
        <ProgressNotice />
        <ReviewSession loadQuiz={loadQuiz} />
      </main>
    </Layout>
  );
}
