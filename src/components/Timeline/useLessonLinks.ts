// Written by plugins/content-validation: a data module that only the timeline page imports
// (global data would reach every page).
import lessons from '@generated/silicon-statecraft-content-validation/default/timeline-lessons.json';
import type { TimelineLessonLinks } from '@site/src/timeline/lessonLinks';

export function useLessonLinks(): TimelineLessonLinks {
  return lessons;
}
