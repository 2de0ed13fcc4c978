import { useCallback, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { useCatalogue } from '@site/src/data/useCatalogue';
import { useProgress } from '@site/src/lib/progress/useProgress';
import NextDue from './NextDue';
import ReviewQuestion from './ReviewQuestion';
import Summary from './Summary';
import { questionCountText } from './messages';
import { useReviewSession, type QuizLoader } from './useReviewSession';
import styles from './styles.module.css';

export interface Props {
  readonly loadQuiz: QuizLoader;
}

/**
 * The Review page's session: the cards due when it starts, one at a time, then a summary. Nothing
 * here touches quiz attempts, assignments or the gradebook: only the review deck.
 */
export default function ReviewSession({ loadQuiz }: Props): ReactNode {
  const snapshot = useProgress();
  const catalogue = useCatalogue();
  const { session, restart } = useReviewSession(loadQuiz, snapshot !== null);
  const [index, setIndex] = useState(0);
  const [answered, setAnswered] = useState(0);
  const [right, setRight] = useState(0);
  const [isStopped, setStopped] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback(
    (message: string) => setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message)),
    [],
  );
  const again = () => {
    setIndex(0);
    setAnswered(0);
    setRight(0);
    setStopped(false);
    setAnnouncement('');
    restart();
  };

  let body: ReactNode;
  if (snapshot === null || session.status === 'loading') {
    body = (
      <p>
        <Translate id="review.loading">Loading your review deck…</Translate>
      </p>
    );
  } else if (session.status === 'failed') {
    body = (
      <p role="alert">
        <Translate id="review.failed">The questions could not be loaded. Check your connection and reload the page; your deck is unchanged.</Translate>
      </p>
    );
  } else if (session.items.length === 0) {
    const isEmpty = !snapshot.progress.review || Object.keys(snapshot.progress.review).length === 0;
    body = (
      <>
        <p>
          {isEmpty ? (
            <Translate id="review.empty">
              Your review deck is empty. Questions you get wrong in a lesson quiz, or get right only with a hint or a second try, come here, to be asked again over the following days.
            </Translate>
          ) : (
            <Translate id="review.nothingDue">Nothing is due for review now.</Translate>
          )}
        </p>
        <NextDue deck={snapshot.progress.review} now={Date.now()} />
        <p>
          <Link to="/course/foundations">
            <Translate id="review.toCourse">Go to the course</Translate>
          </Link>
        </p>
      </>
    );
  } else if (isStopped || index >= session.items.length) {
    body = <Summary answered={answered} right={right} deck={snapshot.progress.review} onRestart={again} />;
  } else {
    const item = session.items[index]!;
    body = (
      <>
        <p>
          <Translate id="review.due" values={{ questions: questionCountText(session.items.length) }}>
            {'{questions} due for review. Stop whenever you like: each answer is saved as you go.'}
          </Translate>
        </p>
        <ReviewQuestion
          key={`${item.ref.quizId}/${item.ref.questionId}`}
          item={item}
          position={index + 1}
          total={session.items.length}
          lessonHref={catalogue.quizzes.find((quiz) => quiz.id === item.ref.quizId)?.href ?? null}
          announce={announce}
          onChecked={(isCorrect) => {
            setAnswered((count) => count + 1);
            if (isCorrect) setRight((count) => count + 1);
          }}
          onNext={() => setIndex(index + 1)}
        />
        <button type="button" className={`button button--link ${styles.stop}`} onClick={() => setStopped(true)}>
          <Translate id="review.stop">Stop for now</Translate>
        </button>
      </>
    );
  }

  return (
    <div className={styles.session}>
      {body}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
