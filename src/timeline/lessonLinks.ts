/** Title and address of each lesson the timeline refers to, by doc id (set at build time). */
export type TimelineLessonLinks = Readonly<Record<string, { readonly title: string; readonly permalink: string }>>;
