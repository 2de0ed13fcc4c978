import type { ReactNode, Ref } from 'react';
import Link from '@docusaurus/Link';
import Excerpt from '@site/src/components/Excerpt';
import type { SearchHit } from '@site/src/search/hits';
import { hitKindLabel } from '@site/src/search/labels';
import styles from './styles.module.css';

export interface Props {
  readonly hit: SearchHit;
  readonly linkRef?: Ref<HTMLAnchorElement>;
}

/** One result: its title as a link, what it is, an excerpt, and the sections that match. */
export default function Result({ hit, linkRef }: Props): ReactNode {
  return (
    <li className={styles.result}>
      <h2 className={styles.title}>
        <Link to={hit.route} ref={linkRef}>
          {hit.title}
        </Link>
      </h2>
      <p className={styles.kind}>{hitKindLabel(hit)}</p>
      <Excerpt parts={hit.excerpt} className={styles.excerpt} />
      {hit.sections.length > 0 && (
        <ul className={styles.sections}>
          {hit.sections.map((section) => (
            <li key={section.route}>
              <Link to={section.route}>{section.title}</Link>
              <Excerpt parts={section.excerpt} className={styles.excerpt} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
