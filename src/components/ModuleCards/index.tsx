import type { ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import type { CourseModule } from '@site/src/data/modules';
import styles from './styles.module.css';

export interface Props {
  readonly modules: readonly CourseModule[];
  readonly className?: string;
}

/** The course's modules as a list of cards, each linking to the module's overview. */
export default function ModuleCards({ modules, className }: Props): ReactNode {
  return (
    <ol className={clsx(styles.grid, className)}>
      {modules.map((module) => (
        <li key={module.id} className={styles.item}>
          <Link to={module.href} className={clsx('card', styles.card)}>
            <span className={styles.number}>Module {module.number}</span>
            <h3 className={styles.title}>{module.title}</h3>
            <p className={styles.summary}>{module.summary}</p>
          </Link>
        </li>
      ))}
    </ol>
  );
}
