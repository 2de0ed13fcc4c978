/**
 * Client module of the LMS package build only (plugins/lms-export, mode "package"): starts the
 * SCORM runtime when the page runs inside an LMS, and tells it where the learner is.
 */
import { startScormPackage, trackPlace } from '@site/src/lib/lms/scorm12/start';
import type { LmsPlan } from '@site/src/lib/lms/plan';

if (typeof window !== 'undefined') {
  // The plan (the package's quizzes) loads only once an LMS has been found.
  void startScormPackage(() => import('@silicon-statecraft/lms-plan').then((module) => module.default as LmsPlan));
}

export function onRouteDidUpdate({ location }: { location: Location }): void {
  trackPlace(location.pathname);
}
