/**
 * The layering rule: pages → components → domain (src/quiz, src/timeline, src/review) and lib; nothing imports
 * upward, plugins import only domain and lib, and a question type is known only to its own folder
 * (plus the demo quiz, the timeline's question builder for ordering, and SCORM's vocabulary).
 */
import fs from 'node:fs';
import path from 'node:path';
import { QuestionSchema } from '@site/src/quiz/schema';

const root = path.resolve(__dirname, '../../..');

function filesUnder(dir: string): string[] {
  return (fs.readdirSync(path.join(root, dir), { recursive: true }) as string[])
    .filter((file) => /\.(ts|tsx|js)$/.test(file))
    .map((file) => `${dir}/${file.split(path.sep).join('/')}`);
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((match) => match[1]!);
}

/** Domain files are the `.ts` files of the domain folders; `.tsx` files there are type views. */
const domainFiles = [...filesUnder('src/quiz'), ...filesUnder('src/timeline'), ...filesUnder('src/review')].filter((file) => file.endsWith('.ts'));

describe('layers', () => {
  it.each([...filesUnder('src/lib'), ...filesUnder('src/data'), ...filesUnder('plugins')])('%s imports no component', (file) => {
    expect(importsOf(file).filter((spec) => spec.includes('components/'))).toEqual([]);
  });

  it.each(domainFiles)('%s imports no React, no Docusaurus alias and no view', (file) => {
    const views = importsOf(file).filter(
      (spec) => spec === 'react' || spec.startsWith('react-dom') || spec.startsWith('@docusaurus/') || spec.startsWith('@theme') || spec.includes('components/') || /\/(views|[A-Z]\w*)$/.test(spec),
    );
    expect(views).toEqual([]);
  });
});

describe('question types', () => {
  const types = QuestionSchema.options.map((option) => option.shape.type.value);
  const code = [...filesUnder('src'), ...filesUnder('plugins'), ...filesUnder('scripts')];
  // SCORM 1.2's interaction vocabulary happens to share two words with the type names
  // ("true-false", "matching"): that file names SCORM's vocabulary, not the question types.
  const allowed = new Set(['docs/demo-quiz.quiz.ts', 'src/timeline/orderingQuestion.ts', 'src/quiz/scorm/questionScorm.ts']);

  it.each(types)('"%s" is named only inside its own folder', (type) => {
    const naming = code.filter(
      (file) =>
        !file.startsWith(`src/quiz/types/${type}/`) &&
        !allowed.has(file) &&
        new RegExp(`['"]${type}['"]`).test(fs.readFileSync(path.join(root, file), 'utf8')),
    );
    expect(naming).toEqual([]);
  });
});
