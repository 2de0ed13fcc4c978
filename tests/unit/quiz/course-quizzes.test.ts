/**
 * @jest-environment node
 */
/*
 * Every quiz in the course, validated as the build validates it, so that an author sees a broken
 * quiz in `npm run test:unit` with a message that names the lesson.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadQuizModules } from '@site/plugins/content-validation/load-quiz-modules';
import { readGiftQuiz } from '@site/src/quiz/gift/readGiftQuiz';
import { lintQuizzes } from '@site/src/quiz/lint';
import type { Quiz } from '@site/src/quiz/schema';
import { validateQuiz, validateQuizzes } from '@site/src/quiz/validate';

const siteDir = path.resolve(__dirname, '../../..');

const quizFiles = (fs.readdirSync(path.join(siteDir, 'docs'), { recursive: true }) as string[])
  .filter((file) => /\.quiz\.(ts|gift)$/.test(file))
  .map((file) => `docs/${file.split(path.sep).join('/')}`)
  .sort();

describe('the course quizzes', () => {
  it('include the demonstration quiz', () => {
    expect(quizFiles).toContain('docs/demo-quiz.quiz.ts');
  });

  it.each(quizFiles)('%s is valid', (quizFile) => {
    const data: unknown = quizFile.endsWith('.gift')
      ? readGiftQuiz(fs.readFileSync(path.join(siteDir, quizFile), 'utf8'), quizFile).data
      : // eslint-disable-next-line @typescript-eslint/no-require-imports
        require(path.join(siteDir, quizFile)).default;
    const lessonFile = quizFile.replace(/\.quiz\.(ts|gift)$/, '.mdx');
    expect(validateQuiz({ lessonFile, data })).toEqual([]);
  });

  it('load as the build loads them, with no quiz id used twice', async () => {
    const modules = await loadQuizModules(siteDir);
    expect(modules.map((m) => m.quizFile)).toEqual(quizFiles);
    expect(validateQuizzes(modules)).toEqual([]);
  });

  it('pass the assessment lint (as the build runs it), naming file, quiz and question of any problem', async () => {
    const modules = await loadQuizModules(siteDir);
    expect(lintQuizzes(modules.map(({ lessonFile, data }) => ({ lessonFile, quiz: data as Quiz }))).errors).toEqual([]);
  });
});
