import type { ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type { CatalogueLesson } from '@site/src/data/catalogue';

export interface Props {
  readonly lesson: Pick<CatalogueLesson, 'href' | 'title'>;
  readonly className?: string;
}

/** "Continue where you left off", naming the lesson it leads to. */
export default function ContinueLink({ lesson, className }: Props): ReactNode {
  return (
    <Link className={clsx('button button--primary', className)} to={lesson.href}>
      <Translate id="progress.continue" values={{ lesson: lesson.title }}>
        {'Continue where you left off: {lesson}'}
      </Translate>
    </Link>
  );
}
