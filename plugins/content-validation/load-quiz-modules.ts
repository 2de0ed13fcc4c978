import path from 'node:path';
import createJiti from 'jiti';
import { Globby } from '@docusaurus/utils';

export interface QuizModule {
  /** The lesson the quiz belongs to, relative to the site: `docs/03-semiconductors/02-x.mdx`. */
  readonly lessonFile: string;
  /** The quiz data module itself, relative to the site. */
  readonly quizFile: string;
  /** Its default export, not yet validated. */
  readonly data: unknown;
}

/**
 * Loads every `docs/**\/*.quiz.ts` module. The quiz for `02-x.mdx` lives in `02-x.quiz.ts`, so
 * the lesson file is derived from the name. jiti compiles TypeScript on the fly and resolves the
 * `@site/` alias that quiz modules use, exactly as the bundler does.
 */
export async function loadQuizModules(siteDir: string): Promise<QuizModule[]> {
  const files = (await Globby('docs/**/*.quiz.ts', { cwd: siteDir })).sort();
  const jiti = createJiti(__filename, {
    alias: { '@site': siteDir },
    cache: false,
    requireCache: false,
    interopDefault: true,
  });
  return files.map((quizFile) => ({
    quizFile,
    lessonFile: quizFile.replace(/\.quiz\.ts$/, '.mdx'),
    data: jiti(path.join(siteDir, quizFile)),
  }));
}
