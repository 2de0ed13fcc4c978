/**
 * Reads the course's files the way the docs plugin does, for the content tests: module folders
 * `docs/NN-module/`, lessons `NN-slug.mdx` with `NN-slug.quiz.ts` beside them.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

export const docsDir = path.resolve(__dirname, '../../../docs');

export interface LessonFile {
  /** Relative to the repository, for messages: `docs/03-semiconductors/02-x.mdx`. */
  readonly file: string;
  /** The doc id the docs plugin gives it: `semiconductors/x`. */
  readonly docId: string;
  readonly prefix: number;
  readonly frontMatter: Record<string, unknown>;
  readonly body: string;
}

const stripPrefix = (name: string) => name.replace(/^\d+-/, '');

export function moduleFolders(): string[] {
  return fs
    .readdirSync(docsDir)
    .filter((name) => /^\d\d-/.test(name) && fs.statSync(path.join(docsDir, name)).isDirectory())
    .sort();
}

export function readDoc(relativeToDocs: string): LessonFile {
  const full = path.join(docsDir, relativeToDocs);
  const { data, content } = matter(fs.readFileSync(full, 'utf8'));
  const parts = relativeToDocs.replace(/\.mdx?$/, '').split('/');
  return {
    file: `docs/${relativeToDocs}`,
    docId: parts.map(stripPrefix).join('/'),
    prefix: Number(/^(\d+)-/.exec(parts[parts.length - 1]!)?.[1] ?? NaN),
    frontMatter: data,
    body: content,
  };
}

export function lessonsOf(moduleFolder: string): LessonFile[] {
  return fs
    .readdirSync(path.join(docsDir, moduleFolder))
    .filter((name) => /^\d\d-.+\.mdx$/.test(name))
    .sort()
    .map((name) => readDoc(`${moduleFolder}/${name}`));
}

export function allLessons(): LessonFile[] {
  return moduleFolders().flatMap(lessonsOf);
}

/** Words of teaching text: the body without imports, JSX component lines and comments. */
export function teachingWords(body: string): number {
  return body
    .split('\n')
    .filter((line) => !/^\s*(import |<[A-Z]|\{\/\*)/.test(line))
    .join(' ')
    .split(/\s+/)
    .filter((word) => /[A-Za-z0-9]/.test(word)).length;
}
