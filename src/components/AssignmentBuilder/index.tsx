import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { Catalogue } from '@site/src/data/catalogue';
import { AssignmentTooLargeError, encodeAssignmentLink } from '@site/src/lib/assignment/link';
import ItemPicker from './ItemPicker';
import ShareLink from './ShareLink';
import { buildAssignment, type BuilderError } from './model';
import styles from './styles.module.css';

export interface Props {
  readonly catalogue: Catalogue;
}

function errorText(error: BuilderError | 'too-large'): string {
  switch (error) {
    case 'title-missing':
      return translate({ id: 'assign.error.titleMissing', message: 'Give the assignment a title.' });
    case 'title-too-long':
      return translate({ id: 'assign.error.titleTooLong', message: 'Shorten the title to 200 characters or fewer.' });
    case 'no-items':
      return translate({ id: 'assign.error.noItems', message: 'Choose at least one module, lesson or quiz.' });
    case 'pass-mark-range':
      return translate({ id: 'assign.error.passMark', message: 'The pass mark must be a number from 0 to 100.' });
    case 'too-large':
      return translate({ id: 'assign.error.tooLarge', message: 'The assignment is too large for a link: choose whole modules instead of many single items.' });
  }
}

/** The instructor's form: choose items, a title, a due date and a pass mark; get a share link. */
export default function AssignmentBuilder({ catalogue }: Props): ReactNode {
  const id = useId();
  const [title, setTitle] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dueDate, setDueDate] = useState('');
  const [passMark, setPassMark] = useState('');
  const [errors, setErrors] = useState<(BuilderError | 'too-large')[]>([]);
  const [link, setLink] = useState<string | null>(null);
  // The site's own address, sub-path included when it is hosted under one.
  const siteRoot = useBaseUrl('/');

  // Any change makes a link already shown out of date, so it goes.
  function changed<T>(set: (value: T) => void): (value: T) => void {
    return (value) => {
      set(value);
      setLink(null);
    };
  }

  function toggle(key: string, checked: boolean): void {
    const next = new Set(selected);
    if (checked) next.add(key);
    else next.delete(key);
    changed(setSelected)(next);
  }

  function submit(event: FormEvent): void {
    event.preventDefault();
    const result = buildAssignment({ title, selected, dueDate, passMark }, catalogue);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    try {
      setLink(encodeAssignmentLink(result.assignment, new URL(siteRoot, window.location.origin).href));
      setErrors([]);
    } catch (error) {
      if (!(error instanceof AssignmentTooLargeError)) throw error;
      setErrors(['too-large']);
    }
  }

  const has = (error: BuilderError) => errors.includes(error);
  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <div className={styles.field}>
        <label htmlFor={`${id}-title`}>{translate({ id: 'assign.title.label', message: 'Title' })}</label>
        <input
          id={`${id}-title`}
          type="text"
          value={title}
          maxLength={200}
          aria-invalid={has('title-missing') || has('title-too-long')}
          onChange={(event) => changed(setTitle)(event.currentTarget.value)}
        />
      </div>
      <ItemPicker catalogue={catalogue} selected={selected} onToggle={toggle} />
      <div className={styles.field}>
        <label htmlFor={`${id}-due`}>{translate({ id: 'assign.due.label', message: 'Due date (optional; due at the end of that day, your time)' })}</label>
        <input id={`${id}-due`} type="date" value={dueDate} onChange={(event) => changed(setDueDate)(event.currentTarget.value)} />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-pass`}>{translate({ id: 'assign.passMark.label', message: 'Pass mark in % (optional; otherwise each quiz’s own)' })}</label>
        <input
          id={`${id}-pass`}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={passMark}
          aria-invalid={has('pass-mark-range')}
          onChange={(event) => changed(setPassMark)(event.currentTarget.value)}
        />
      </div>
      <div role="alert" className={styles.errors}>
        {errors.length > 0 && (
          <ul>
            {errors.map((error) => (
              <li key={error}>{errorText(error)}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="submit" className="button button--primary">
        {translate({ id: 'assign.submit', message: 'Create share link' })}
      </button>
      {link !== null && <ShareLink link={link} />}
    </form>
  );
}
