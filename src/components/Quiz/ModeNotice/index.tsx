import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import type { QuizMode } from '@site/src/quiz/schema';
import styles from './styles.module.css';

interface Props {
  readonly mode: QuizMode;
  /** How many questions an attempt asks. */
  readonly questionCount: number;
  readonly passMark: number;
}

/** Says on screen which mode the quiz is in and what that means for the learner. */
export default function ModeNotice({ mode, questionCount, passMark }: Props): ReactNode {
  return (
    <p className={styles.notice} data-mode={mode}>
      {mode === 'exam' ? (
        <Translate id="quiz.mode.exam" values={{ count: questionCount, passMark }}>
          {'Exam: {count} questions, no checking and no hints. Your score, feedback and the answers appear after you submit. Pass mark {passMark}%.'}
        </Translate>
      ) : (
        <Translate id="quiz.mode.practice" values={{ count: questionCount, passMark }}>
          {'Practice: {count} questions. Check each answer as you go and open the hints if you need them. Pass mark {passMark}%.'}
        </Translate>
      )}
    </p>
  );
}
