import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { decodeAssignmentLink } from '@site/src/lib/assignment/link';
import { gradedAssignment, type GradedAssignment } from '@site/src/lib/gradebook/importResults';
import styles from './styles.module.css';

export interface Props {
  readonly assignment: GradedAssignment | null;
  readonly onChoose: (assignment: GradedAssignment) => void;
}

/**
 * The assignment being graded, and the field to paste its share link. Without a link the
 * gradebook takes the assignment of the first valid file; files from before results recorded
 * the assignment (format version 1) give only its title and id, so the link is asked for to
 * check due dates, the pass mark and which quizzes belong to it.
 */
export default function AssignmentChooser({ assignment, onChoose }: Props): ReactNode {
  const id = useId();
  const [link, setLink] = useState('');
  const [error, setError] = useState('');

  function submit(event: FormEvent): void {
    event.preventDefault();
    const decoded = decodeAssignmentLink(link);
    if (!decoded.ok) {
      setError(translate({ id: 'gradebook.link.invalid', message: 'That is not a valid assignment link: {reason}' }, { reason: decoded.message }));
      return;
    }
    if (assignment && decoded.assignment.id !== assignment.id) {
      setError(
        translate(
          { id: 'gradebook.link.other', message: 'That link is for another assignment (“{title}”) than the files imported. Choose “Start again” to grade it.' },
          { title: decoded.assignment.title },
        ),
      );
      return;
    }
    setError('');
    onChoose(gradedAssignment(decoded.assignment));
  }

  return (
    <>
      {assignment && (
        <p className={styles.grading}>
          {translate({ id: 'gradebook.grading', message: 'Grading: “{title}” (assignment {id})' }, { title: assignment.title, id: assignment.id })}
        </p>
      )}
      {assignment?.terms == null && (
        <form className={styles.chooser} onSubmit={submit} noValidate>
          <label htmlFor={id}>
            {assignment
              ? translate({ id: 'gradebook.link.needed', message: 'Assignment link (these files do not record the assignment’s due date, pass mark and quizzes: paste its link to check them)' })
              : translate({ id: 'gradebook.link.label', message: 'Assignment link (optional: otherwise the first valid file decides)' })}
          </label>
          <div className={styles.row}>
            <input id={id} type="url" value={link} onChange={(event) => setLink(event.currentTarget.value)} />
            <button type="submit" className="button button--secondary">
              {translate({ id: 'gradebook.link.use', message: 'Grade this assignment' })}
            </button>
          </div>
          <p role="alert" className={styles.error}>
            {error}
          </p>
        </form>
      )}
    </>
  );
}
