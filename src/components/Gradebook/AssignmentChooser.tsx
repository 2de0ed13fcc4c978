import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { decodeAssignmentLink } from '@site/src/lib/assignment/link';
import type { GradedAssignment } from '@site/src/lib/gradebook/importResults';
import styles from './styles.module.css';

export interface Props {
  readonly assignment: GradedAssignment | null;
  readonly onChoose: (assignment: GradedAssignment) => void;
}

/**
 * Optional: paste the assignment's share link to grade against it. Without it, the gradebook
 * takes the assignment of the first valid file.
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
    setError('');
    onChoose({ id: decoded.assignment.id, title: decoded.assignment.title });
  }

  if (assignment) {
    return (
      <p className={styles.grading}>
        {translate({ id: 'gradebook.grading', message: 'Grading: “{title}” (assignment {id})' }, { title: assignment.title, id: assignment.id })}
      </p>
    );
  }
  return (
    <form className={styles.chooser} onSubmit={submit} noValidate>
      <label htmlFor={id}>
        {translate({ id: 'gradebook.link.label', message: 'Assignment link (optional: otherwise the first valid file decides)' })}
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
  );
}
