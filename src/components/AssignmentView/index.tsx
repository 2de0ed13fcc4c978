import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type { Catalogue } from '@site/src/data/catalogue';
import type { DecodeError } from '@site/src/lib/assignment/link';
import ExportResults from './ExportResults';
import ItemList from './ItemList';
import { assignmentQuizzes, describeItems } from './model';
import { useAssignmentFromLink } from './useAssignmentFromLink';
import { useLatestAttempts } from './useLatestAttempts';
import styles from './styles.module.css';

export interface Props {
  readonly catalogue: Catalogue;
}

function errorText(error: DecodeError): string {
  switch (error) {
    case 'malformed':
      return translate({ id: 'assignment.error.malformed', message: 'This assignment link is incomplete or damaged. Copy the whole link again from your instructor’s message.' });
    case 'too-large':
      return translate({ id: 'assignment.error.tooLarge', message: 'This assignment link is too long to be a real assignment. Ask your instructor for the link again.' });
    case 'unsupported-version':
      return translate({ id: 'assignment.error.version', message: 'This assignment link was made for a different version of the course. Ask your instructor for a new link.' });
    case 'invalid':
      return translate({ id: 'assignment.error.invalid', message: 'This assignment link has been changed or is not valid, so it cannot be trusted. Ask your instructor for the original link.' });
  }
}

function formatDue(due: string): string {
  return new Date(due).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
}

/** What a student sees on opening an assignment link. */
export default function AssignmentView({ catalogue }: Props): ReactNode {
  const decoded = useAssignmentFromLink();
  const entries = decoded?.ok ? describeItems(decoded.assignment, catalogue) : [];
  const quizzes = assignmentQuizzes(entries);
  const attempts = useLatestAttempts(quizzes.map((quiz) => quiz.id));

  if (decoded === null) {
    return <p>{translate({ id: 'assignment.loading', message: 'Opening the assignment…' })}</p>;
  }
  if (!decoded.ok) {
    return (
      <div role="alert" className={styles.problem}>
        <p>{errorText(decoded.error)}</p>
        <p className={styles.detail}>{decoded.message}</p>
      </div>
    );
  }
  const { assignment } = decoded;
  return (
    <div className={styles.view}>
      <Heading as="h2">{assignment.title}</Heading>
      <dl className={styles.facts}>
        <dt>{translate({ id: 'assignment.due', message: 'Due' })}</dt>
        <dd>{assignment.due ? formatDue(assignment.due) : translate({ id: 'assignment.noDue', message: 'No due date' })}</dd>
        {assignment.passMark !== undefined && (
          <>
            <dt>{translate({ id: 'assignment.passMark', message: 'Pass mark' })}</dt>
            <dd>{assignment.passMark}%</dd>
          </>
        )}
      </dl>
      <Heading as="h2">{translate({ id: 'assignment.items', message: 'What to do' })}</Heading>
      <ItemList entries={entries} attempts={attempts} passMark={assignment.passMark} />
      <Heading as="h2">{translate({ id: 'assignment.exportHeading', message: 'When you are done' })}</Heading>
      <ExportResults assignment={assignment} quizzes={quizzes} attempts={attempts} />
    </div>
  );
}
