import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { readLessonFrontMatter } from './frontMatter';
import styles from './styles.module.css';

/** Reading time and learning objectives of the current lesson; nothing on other doc pages. */
export default function LessonIntro(): ReactNode {
  const lesson = readLessonFrontMatter(useDoc().frontMatter);
  if (!lesson) return null;
  return (
    <aside className={styles.intro} aria-labelledby="lesson-intro-heading">
      <p id="lesson-intro-heading" className={styles.heading} data-pagefind-ignore="">
        <Translate id="lesson.intro.heading" values={{ minutes: lesson.minutes }}>
          {'In this lesson (about {minutes} min), you will learn to:'}
        </Translate>
      </p>
      <ul className={styles.objectives}>
        {lesson.objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
    </aside>
  );
}
