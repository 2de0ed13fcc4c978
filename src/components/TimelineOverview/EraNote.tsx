import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';

/** The lesson section that teaches the eras (docs/02-science-to-tech/01-science-diplomacy-since-1945.mdx). */
export const ERAS_LESSON = '/course/science-to-tech/science-diplomacy-since-1945#three-eras';

/** Says whose the eras are: the course's analysis, not the sources'. */
export default function EraNote(): ReactNode {
  return (
    <Translate
      id="timeline.overview.eraNote"
      values={{
        lesson: (
          <Link to={ERAS_LESSON}>
            <Translate id="timeline.overview.eraNote.link">three eras</Translate>
          </Link>
        ),
      }}>
      {'Shaded: the course’s own {lesson}, each opened by a dated event (our analysis, not the sources’).'}
    </Translate>
  );
}
