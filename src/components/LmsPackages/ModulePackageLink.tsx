import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { packageFile } from '@site/src/lib/lms/files';
import { useIsLmsPackage } from './useIsLmsPackage';

export interface Props {
  /** The module's id (`foundations`): its package is `lms/foundations.scorm12.zip`. */
  readonly module: string;
}

/** "Use this module in your LMS", on a module's overview page; nothing inside an LMS package. */
export default function ModulePackageLink({ module }: Props): ReactNode {
  const href = useBaseUrl(`/${packageFile(module)}`);
  if (useIsLmsPackage()) return null;
  return (
    <p>
      <strong>
        <Translate id="lms.module.instructors">Instructors:</Translate>
      </strong>{' '}
      <Link to="/course/instructor-guide#5-use-a-module-in-your-lms">
        <Translate id="lms.module.use">Use this module in your LMS</Translate>
      </Link>
      {' · '}
      <a href={href} download>
        <Translate id="lms.module.download" values={{ file: `${module}.scorm12.zip` }}>
          {'Download its SCORM 1.2 package ({file})'}
        </Translate>
      </a>
    </p>
  );
}
