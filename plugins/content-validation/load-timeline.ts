import path from 'node:path';
import createJiti from 'jiti';

/**
 * Loads `src/data/timeline.ts` afresh on every (re)build, as `loadQuizModules` does for quizzes:
 * jiti compiles TypeScript and resolves `@site/`, and its cache is off so `docusaurus start`
 * sees edits. The export is returned unvalidated.
 */
export function loadTimelineEvents(siteDir: string): unknown {
  const jiti = createJiti(__filename, {
    alias: { '@site': siteDir },
    cache: false,
    requireCache: false,
    interopDefault: true,
  });
  const module = jiti(path.join(siteDir, 'src/data/timeline.ts')) as { timelineEvents?: unknown };
  return module.timelineEvents;
}
