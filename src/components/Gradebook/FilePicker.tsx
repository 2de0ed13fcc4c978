import { useId, useState, type DragEvent, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import clsx from 'clsx';
import styles from './styles.module.css';

export interface Props {
  readonly onFiles: (files: File[]) => void;
  /** Files are being checked: the zone says so (more files may still be added; they queue). */
  readonly isBusy?: boolean;
}

/**
 * A labelled file input (works by keyboard and with screen readers) inside a drop zone; dropping
 * files is an enhancement for mouse users, not the only way in.
 */
export default function FilePicker({ onFiles, isBusy = false }: Props): ReactNode {
  const id = useId();
  const [isOver, setIsOver] = useState(false);

  function drop(event: DragEvent<HTMLDivElement>): void {
    event.preventDefault();
    setIsOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  }

  return (
    <div
      className={clsx(styles.dropZone, isOver && styles.dropZoneActive)}
      aria-busy={isBusy}
      data-busy={isBusy}
      onDragOver={(event) => {
        event.preventDefault();
        setIsOver(true);
      }}
      onDragLeave={() => setIsOver(false)}
      onDrop={drop}
    >
      <label htmlFor={id}>{translate({ id: 'gradebook.files.label', message: 'Students’ results files (.json)' })}</label>
      <input
        id={id}
        type="file"
        multiple
        accept=".json,application/json"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <p className={styles.hint}>
        {isBusy
          ? translate({ id: 'gradebook.files.busy', message: 'Importing… Files you add now are checked next.' })
          : translate({ id: 'gradebook.files.drop', message: 'Choose many files at once, or drop them here.' })}
      </p>
    </div>
  );
}
