/** Title and address of each lesson the timeline refers to, by doc id (set at build time). */
export type TimelineLessonLinks = Readonly<Record<string, { readonly title: string; readonly permalink: string }>>;

/** The plugin that validates the timeline and publishes its lesson links (plugins/content-validation). */
export const CONTENT_PLUGIN = 'silicon-statecraft-content-validation';
