import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { courseModules } from '@site/src/data/modules';
import { BANK_FILES, COURSE_PACKAGE_ID, packageFile } from '@site/src/lib/lms/files';
import { useIsLmsPackage } from './useIsLmsPackage';

function Download({ path, children }: { readonly path: string; readonly children: ReactNode }): ReactNode {
  return (
    <a href={useBaseUrl(`/${path}`)} download>
      {children}
    </a>
  );
}

/**
 * The instructor guide's downloads: a SCORM package per module and for the course, and the
 * question bank in three formats. Inside an LMS package the files are not there, so it says
 * where to find them instead.
 */
export default function LmsPackages(): ReactNode {
  if (useIsLmsPackage()) {
    return (
      <p>
        <Translate id="lms.downloads.elsewhere">The packages and the question bank can be downloaded from the course's website.</Translate>
      </p>
    );
  }
  return (
    <ul>
      {courseModules.map((module) => (
        <li key={module.id}>
          <Download path={packageFile(module.id)}>{`Module ${module.number}: ${module.title}`}</Download> ({module.id}.scorm12.zip)
        </li>
      ))}
      <li>
        <Download path={packageFile(COURSE_PACKAGE_ID)}>
          <Translate id="lms.downloads.course">The whole course, assessed by the final assessment</Translate>
        </Download>{' '}
        ({COURSE_PACKAGE_ID}.scorm12.zip)
      </li>
      <li>
        <Download path={BANK_FILES.moodle}>
          <Translate id="lms.downloads.moodle">Question bank, Moodle XML</Translate>
        </Download>{' '}
        (question-bank.moodle.xml)
      </li>
      <li>
        <Download path={BANK_FILES.gift}>
          <Translate id="lms.downloads.gift">Question bank, GIFT</Translate>
        </Download>{' '}
        (question-bank.gift.txt)
      </li>
      <li>
        <Download path={BANK_FILES.qti}>
          <Translate id="lms.downloads.qti">Question bank, QTI 1.2 for Canvas</Translate>
        </Download>{' '}
        (question-bank.qti12.zip)
      </li>
      <li>
        <Download path={BANK_FILES.report}>
          <Translate id="lms.downloads.report">What each question-bank format carries</Translate>
        </Download>{' '}
        (question-bank.report.txt)
      </li>
    </ul>
  );
}
