// Written by plugins/content-validation: a data module that only the timeline page imports
// (global data would reach every page).
import lessons from '@generated/silicon-statecraft-content-validation/default/timeline-lessons.json';

/** Title and address of each lesson the timeline refers to, by doc id (set at build time). */
export type TimelineLessonLinks = Readonly<Record<string, { readonly title: string; readonly permalink: string }>>;

export function useLessonLinks(): TimelineLessonLinks {
  return lessons;
}
