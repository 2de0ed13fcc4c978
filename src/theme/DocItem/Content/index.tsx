import type { ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import LessonIntro from '@site/src/components/LessonIntro';
import { readLessonFrontMatter } from '@site/src/components/LessonIntro/frontMatter';
import ProgressNotice from '@site/src/components/ProgressNotice';
import { LessonContext, useRecordVisit } from '@site/src/lib/progress/useProgress';
import { GLOSSARY_DOC_ID, PAGEFIND_META, type SearchKind } from '@site/src/search/kinds';
import { keyTermWords } from '@site/src/search/keywords';

type Props = WrapperProps<typeof ContentType>;

/**
 * Wraps the theme's doc content (not ejected) to open every lesson with its reading time and
 * learning objectives from the front matter. Passed as a child, the intro lands below the
 * page's h1 and above the lesson text. A lesson (a doc with objectives) records the learner's
 * visit after mount, and tells its quiz which lesson a pass completes.
 *
 * The content is what the search index holds of a doc (`data-pagefind-body`: not the navbar,
 * sidebar, pagination or footer), with what kind of page it is and, for a lesson, its key terms.
 */
export default function ContentWrapper({ children, ...props }: Props): ReactNode {
  const { metadata, frontMatter } = useDoc();
  const lessonId = readLessonFrontMatter(frontMatter) ? metadata.id : null;
  useRecordVisit(lessonId);
  const kind: SearchKind = lessonId ? 'lesson' : metadata.id === GLOSSARY_DOC_ID ? 'glossary' : 'page';
  return (
    <LessonContext value={lessonId}>
      <div
        data-pagefind-body=""
        data-pagefind-meta={PAGEFIND_META}
        data-search-kind={kind}
        data-search-keywords={keyTermWords((frontMatter as Record<string, unknown>)['key_terms'])}>
        <Content {...props}>
          <ProgressNotice />
          <LessonIntro />
          {children}
        </Content>
      </div>
    </LessonContext>
  );
}
