/**
 * Data modules that our plugins write at build time into `.docusaurus/` (Docusaurus' `@generated`
 * alias): modules rather than global data, so that only the pages that import them download
 * them. Declared here so that the type check passes before the first build; Jest maps them to
 * stand-ins in tests/doubles.
 */
declare module '@generated/silicon-statecraft-catalogue/default/catalogue.json' {
  const catalogue: import('./catalogue').Catalogue;
  export default catalogue;
}

declare module '@generated/silicon-statecraft-catalogue/default/lesson-quizzes.json' {
  const lessonQuizzes: import('./catalogue').LessonQuizzes;
  export default lessonQuizzes;
}

declare module '@generated/silicon-statecraft-content-validation/default/timeline-lessons.json' {
  const lessons: import('../timeline/lessonLinks').TimelineLessonLinks;
  export default lessons;
}
