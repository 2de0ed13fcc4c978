import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import type { QuizAttempt } from '@site/src/quiz/attempt';
import { quizStatus, type ItemEntry, type QuizEntry } from './model';
import styles from './styles.module.css';

export interface Props {
  readonly entries: readonly ItemEntry[];
  readonly attempts: ReadonlyMap<string, QuizAttempt>;
  readonly passMark: number | undefined;
}

function StatusText({ attempt, passMark }: { attempt: QuizAttempt | undefined; passMark: number | undefined }): ReactNode {
  const status = quizStatus(attempt, passMark);
  const percent = status.state === 'not-started' ? 0 : Math.round(status.percent);
  const text =
    status.state === 'not-started'
      ? translate({ id: 'assignment.status.notStarted', message: 'Not started' })
      : status.state === 'passed'
        ? translate({ id: 'assignment.status.passed', message: 'Passed ({percent}%)' }, { percent })
        : translate({ id: 'assignment.status.attempted', message: 'Attempted ({percent}%)' }, { percent });
  return (
    <span className={styles.status} data-state={status.state}>
      {text}
    </span>
  );
}

function Title({ title, href }: { title: string; href: string | null }): ReactNode {
  return href ? <Link to={href}>{title}</Link> : <span>{title}</span>;
}

function QuizLine({ quiz, ...rest }: { quiz: QuizEntry } & Omit<Props, 'entries'>): ReactNode {
  return (
    <li className={styles.line}>
      <Title title={quiz.title} href={quiz.href} /> <StatusText attempt={rest.attempts.get(quiz.id)} passMark={rest.passMark} />
    </li>
  );
}

const KIND_LABEL = {
  module: () => translate({ id: 'assignment.kind.module', message: 'Module' }),
  lesson: () => translate({ id: 'assignment.kind.lesson', message: 'Lesson' }),
  quiz: () => translate({ id: 'assignment.kind.quiz', message: 'Quiz' }),
} as const;

/** The assigned items, each with a link and the learner's status on its quizzes. */
export default function ItemList({ entries, ...rest }: Props): ReactNode {
  return (
    <ul className={styles.items}>
      {entries.map((entry) => (
        <li key={`${entry.item.kind}:${entry.item.id}`} className={styles.item}>
          <span className={styles.kind}>{KIND_LABEL[entry.item.kind]()}:</span> <Title title={entry.title} href={entry.href} />
          {!entry.isKnown && (
            <span className={styles.note}>
              {' '}
              {translate({ id: 'assignment.item.unknown', message: '(not in this version of the course)' })}
            </span>
          )}
          {entry.item.kind === 'quiz' ? (
            <>
              {' '}
              <StatusText attempt={rest.attempts.get(entry.item.id)} passMark={rest.passMark} />
            </>
          ) : entry.quizzes.length > 0 ? (
            <ul className={styles.quizzes}>
              {entry.quizzes.map((quiz) => (
                <QuizLine key={quiz.id} quiz={quiz} {...rest} />
              ))}
            </ul>
          ) : (
            <span className={styles.note}> {translate({ id: 'assignment.item.noQuiz', message: '(no quiz)' })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
