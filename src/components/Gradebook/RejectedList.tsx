import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type { ImportError, Rejection } from '@site/src/lib/gradebook/importResults';
import styles from './styles.module.css';

function reasonText(error: ImportError): string {
  switch (error) {
    case 'too-large':
      return translate({ id: 'gradebook.reject.tooLarge', message: 'file too large' });
    case 'not-json':
      return translate({ id: 'gradebook.reject.notJson', message: 'not a JSON file (damaged?)' });
    case 'wrong-format':
      return translate({ id: 'gradebook.reject.wrongFormat', message: 'not a results file' });
    case 'unsupported-version':
      return translate({ id: 'gradebook.reject.version', message: 'results format from another version of the course' });
    case 'invalid':
      return translate({ id: 'gradebook.reject.invalid', message: 'results file with missing or wrong fields' });
    case 'bad-checksum':
      return translate({ id: 'gradebook.reject.checksum', message: 'checksum does not match: changed or damaged after export' });
    case 'wrong-assignment':
      return translate({ id: 'gradebook.reject.assignment', message: 'results for another assignment' });
    case 'duplicate':
      return translate({ id: 'gradebook.reject.duplicate', message: 'the same file was already imported' });
    case 'unreadable':
      return translate({ id: 'gradebook.reject.unreadable', message: 'the browser could not read it' });
  }
}

export default function RejectedList({ rejected }: { readonly rejected: readonly Rejection[] }): ReactNode {
  if (rejected.length === 0) return null;
  return (
    <section aria-labelledby="gradebook-rejected" className={styles.rejected}>
      <Heading as="h3" id="gradebook-rejected">
        {translate({ id: 'gradebook.rejected.heading', message: 'Files not imported ({count})' }, { count: rejected.length })}
      </Heading>
      <ul>
        {rejected.map((rejection, index) => (
          <li key={`${index}-${rejection.fileName}`}>
            <span className={styles.fileName}>{rejection.fileName}</span>: {reasonText(rejection.error)}
            <span className={styles.detail}> — {rejection.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
