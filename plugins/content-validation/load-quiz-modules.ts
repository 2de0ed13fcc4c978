import fs from 'node:fs';
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
  /** For a GIFT quiz: where each question starts, `docs/…/02-x.quiz.gift:14`, by question index. */
  readonly questionLocations?: readonly string[];
}

/** Quiz files: TypeScript data modules, or GIFT (see src/quiz/gift/readGiftQuiz.ts). */
export const QUIZ_FILES = 'docs/**/*.quiz.{ts,gift}';

/**
 * Loads every `docs/**\/*.quiz.ts` and `*.quiz.gift` module. The quiz for `02-x.mdx` lives in
 * `02-x.quiz.ts` (or `02-x.quiz.gift`), so the lesson file is derived from the name. jiti compiles
 * TypeScript on the fly and resolves the `@site/` alias that quiz modules use, exactly as the
 * bundler does; a GIFT file is read with the same reader as the bundler's loader
 * (gift-loader.cjs), and a GIFT syntax error fails here, naming the file and line.
 */
export async function loadQuizModules(siteDir: string): Promise<QuizModule[]> {
  const files = (await Globby(QUIZ_FILES, { cwd: siteDir })).sort();
  const jiti = createJiti(__filename, {
    alias: { '@site': siteDir },
    cache: false,
    requireCache: false,
    interopDefault: true,
  });
  return files.map((quizFile) => {
    const lessonFile = quizFile.replace(/\.quiz\.(ts|gift)$/, '.mdx');
    if (!quizFile.endsWith('.gift')) return { quizFile, lessonFile, data: jiti(path.join(siteDir, quizFile)) };
    const { readGiftQuiz } = jiti(path.join(siteDir, 'src/quiz/gift/readGiftQuiz.ts')) as typeof import('../../src/quiz/gift/readGiftQuiz');
    const { data, questionLines } = readGiftQuiz(fs.readFileSync(path.join(siteDir, quizFile), 'utf8'), quizFile);
    return { quizFile, lessonFile, data, questionLocations: questionLines.map((line) => `${quizFile}:${line}`) };
  });
}
