import { useRef, useState, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface Props {
  readonly onReset: () => void;
}

/** "Reset progress", then an in-page confirmation with two buttons (not `window.confirm`). */
export default function ResetProgress({ onReset }: Props): ReactNode {
  const [isConfirming, setConfirming] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setConfirming(false);
    requestAnimationFrame(() => resetButton.current?.focus());
  };
  if (!isConfirming) {
    return (
      <button ref={resetButton} type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
        <Translate id="progress.reset.button">Reset progress</Translate>
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby="reset-question" className={styles.confirm}>
      <p id="reset-question">
        <Translate id="progress.reset.question">
          Delete all your progress in this browser? Visits, quiz scores and answers are removed, and this cannot be undone.
        </Translate>
      </p>
      <div className={styles.buttons}>
        <button
          type="button"
          className="button button--primary"
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the confirmation replaced the button that had focus
          autoFocus
          onClick={() => {
            onReset();
            close();
          }}
        >
          <Translate id="progress.reset.confirm">Yes, reset my progress</Translate>
        </button>
        <button type="button" className="button button--secondary" onClick={close}>
          <Translate id="progress.reset.cancel">Cancel</Translate>
        </button>
      </div>
    </div>
  );
}
