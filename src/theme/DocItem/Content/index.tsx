import type { ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import LessonIntro from '@site/src/components/LessonIntro';

type Props = WrapperProps<typeof ContentType>;

/**
 * Wraps the theme's doc content (not ejected) to open every lesson with its reading time and
 * learning objectives from the front matter. Passed as a child, the intro lands below the
 * page's h1 and above the lesson text.
 */
export default function ContentWrapper({ children, ...props }: Props): ReactNode {
  return (
    <Content {...props}>
      <LessonIntro />
      {children}
    </Content>
  );
}
