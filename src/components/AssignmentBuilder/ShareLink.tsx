import { useId, useRef, useState, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface Props {
  readonly link: string;
}

/** The share link in a read-only field, with a copy button and a spoken confirmation. */
export default function ShareLink({ link }: Props): ReactNode {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      setMessage(translate({ id: 'assign.link.copied', message: 'Link copied. Paste it into your course page or an email.' }));
    } catch {
      input.current?.select();
      setMessage(translate({ id: 'assign.link.copyFailed', message: 'Could not copy automatically: the link is selected, press Ctrl+C (or ⌘C) to copy it.' }));
    }
  }

  return (
    <div className={styles.share}>
      <label htmlFor={inputId}>{translate({ id: 'assign.link.label', message: 'Share link' })}</label>
      <div className={styles.shareRow}>
        <input
          ref={input}
          id={inputId}
          className={styles.linkInput}
          type="text"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {translate({ id: 'assign.link.copy', message: 'Copy link' })}
        </button>
      </div>
      <p role="status" className={styles.status}>
        {message}
      </p>
    </div>
  );
}
