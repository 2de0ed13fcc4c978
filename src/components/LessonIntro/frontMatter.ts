export interface LessonFrontMatter {
  readonly minutes: number;
  readonly objectives: readonly string[];
}

/** The lesson fields of a doc's front matter, or null for pages that are not lessons. */
export function readLessonFrontMatter(frontMatter: Readonly<Record<string, unknown>>): LessonFrontMatter | null {
  const { minutes, objectives } = frontMatter;
  if (typeof minutes !== 'number' || !Array.isArray(objectives) || objectives.length === 0) return null;
  if (!objectives.every((o): o is string => typeof o === 'string')) return null;
  return { minutes, objectives };
}
