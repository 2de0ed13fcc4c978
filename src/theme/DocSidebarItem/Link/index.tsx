import type { ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type { WrapperProps } from '@docusaurus/types';
import { translate } from '@docusaurus/Translate';
import { isEmptyProgress, lessonStatus } from '@site/src/lib/progress/summary';
import { useProgress } from '@site/src/lib/progress/useProgress';
import { useLessonQuizzes } from '@site/src/data/useLazyCatalogue';
import styles from './styles.module.css';

type Props = WrapperProps<typeof LinkType>;

/**
 * Wraps the theme's sidebar link (not ejected) to mark lessons the learner completed (a check)
 * or started. The state is part of the link's accessible name, not only the icon. Progress is
 * read after mount only, so the pre-rendered sidebar and the first client render match; which
 * lesson has which quiz is loaded then too (a small map, not the whole catalogue), and only for
 * a learner with progress.
 */
export default function LinkWrapper({ item, ...props }: Props): ReactNode {
  const snapshot = useProgress();
  const quizzes = useLessonQuizzes(snapshot !== null && !isEmptyProgress(snapshot.progress));
  const quizId = item.docId === undefined ? undefined : quizzes?.[item.docId];
  // Not a lesson (or not loaded yet): undefined. A lesson without a quiz: null.
  const lesson = quizId === undefined ? undefined : { id: item.docId!, quizId };
  const status = snapshot && lesson ? lessonStatus(snapshot.progress, lesson) : 'not-started';
  if (status === 'not-started') return <Link item={item} {...props} />;
  const state =
    status === 'completed'
      ? translate({ id: 'progress.sidebar.completed', message: '(completed)' })
      : translate({ id: 'progress.sidebar.inProgress', message: '(in progress)' });
  return (
    <Link
      item={{ ...item, className: clsx(item.className, styles.item) }}
      {...props}
      aria-label={`${item.label} ${state}`}
      data-progress={status}
    />
  );
}
