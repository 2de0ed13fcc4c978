/**
 * @jest-environment node
 *
 * The course's shape, as a learner meets it: six modules in order, each with an overview, 2–4
 * lessons and a checkpoint; every lesson with objectives, a real length, glossary-linked key terms
 * and a quiz of at least five questions of at least three types.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Quiz } from '@site/src/quiz/schema';
import { allLessons, docsDir, lessonsOf, moduleFolders, readDoc, teachingWords } from './course-files';

function quizBeside(file: string): Quiz {
  const quizPath = path.resolve(docsDir, '..', file.replace(/\.mdx$/, '.quiz.ts'));
  return (require(quizPath) as { default: Quiz }).default;
}

const glossary = fs.readFileSync(path.join(docsDir, 'glossary.mdx'), 'utf8');
const glossaryAnchors = new Set([...glossary.matchAll(/\{\/\* #([a-z0-9-]+) \*\/\}/g)].map((m) => m[1]));

describe('course structure', () => {
  const modules = moduleFolders();

  it('has six modules whose sidebar positions follow the folder order', () => {
    expect(modules).toHaveLength(6);
    modules.forEach((folder, index) => {
      const category = JSON.parse(fs.readFileSync(path.join(docsDir, folder, '_category_.json'), 'utf8'));
      expect({ folder, position: category.position }).toEqual({ folder, position: index + 1 });
      expect(category.description).toEqual(expect.any(String));
    });
  });

  it.each(modules)('%s has an overview, 2 to 4 lessons in sequence, and a checkpoint quiz', (folder) => {
    expect(fs.existsSync(path.join(docsDir, folder, 'index.mdx'))).toBe(true);
    const lessons = lessonsOf(folder);
    expect(lessons.length).toBeGreaterThanOrEqual(2);
    expect(lessons.length).toBeLessThanOrEqual(4);
    // Numbered 01, 02, … with matching sidebar positions: sidebar and "Next" follow the sequence.
    lessons.forEach((lesson, index) => {
      expect({ file: lesson.file, prefix: lesson.prefix }).toEqual({ file: lesson.file, prefix: index + 1 });
      expect({ file: lesson.file, position: lesson.frontMatter.sidebar_position }).toEqual({
        file: lesson.file,
        position: index + 1,
      });
    });
    const checkpoint = readDoc(`${folder}/checkpoint.mdx`);
    expect(checkpoint.body).toMatch(/<Quiz quiz=\{quiz\}/);
    expect(quizBeside(checkpoint.file).questions.length).toBeGreaterThanOrEqual(5);
  });
});

describe.each(allLessons().map((lesson) => [lesson.file, lesson] as const))('lesson %s', (_file, lesson) => {
  const fm = lesson.frontMatter;

  it('has front matter with title, description, reading time, 2–4 objectives and key terms', () => {
    expect(fm.title).toEqual(expect.any(String));
    expect(String(fm.description).length).toBeGreaterThan(40);
    expect(fm.minutes).toEqual(expect.any(Number));
    expect(Array.isArray(fm.objectives)).toBe(true);
    expect((fm.objectives as unknown[]).length).toBeGreaterThanOrEqual(2);
    expect((fm.objectives as unknown[]).length).toBeLessThanOrEqual(4);
    expect(Array.isArray(fm.key_terms)).toBe(true);
  });

  it('has 600 to 1,500 words of teaching text with an "In the sources" section', () => {
    const words = teachingWords(lesson.body);
    expect(words).toBeGreaterThanOrEqual(600);
    expect(words).toBeLessThanOrEqual(1500);
    expect(lesson.body).toMatch(/^## In the sources/m);
  });

  it('bolds and links each key term to an entry that exists in the glossary', () => {
    for (const term of fm.key_terms as string[]) {
      expect({ term, inGlossary: glossaryAnchors.has(term) }).toEqual({ term, inGlossary: true });
      expect({ term, linked: lesson.body.includes(`/course/glossary#${term})`) }).toEqual({ term, linked: true });
    }
  });

  it('ends with a quiz of at least 5 questions using at least 3 question types', () => {
    expect(lesson.body).toMatch(/<Quiz quiz=\{quiz\}/);
    const quiz = quizBeside(lesson.file);
    expect(quiz.questions.length).toBeGreaterThanOrEqual(5);
    expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
  });
});
