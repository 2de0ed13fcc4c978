/**
 * A copy of the site for the scale benchmark, outside the repository (under the system's temp
 * folder), optionally with every module repeated: copy k of `docs/03-semiconductors/` is
 * `docs/NN-semiconductors-copy-k/`, with its own doc ids, quiz ids ("export-controls-copy-k"),
 * sidebar label and entry in the course's module list, so the build treats it as more course:
 * more pages, sidebar entries, catalogue rows and indexed text. node_modules is linked, not
 * copied. Nothing here is ever written into the repository.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What a site build needs; node_modules is linked. */
const SITE_ENTRIES = ['docs', 'src', 'plugins', 'config', 'static', 'docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json'];
const MODULE_FOLDER = /^(\d+)-(.+)$/;
const QUIZ_ID = /(defineQuiz\(\{\s*id:\s*')([^']+)'/;

export interface SyntheticCourse {
  readonly siteDir: string;
  /** How many times each module is there (1: the real course). */
  readonly scale: number;
  readonly modules: number;
  readonly docs: number;
  readonly words: number;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Copy k of one module folder: new folder, doc ids, quiz ids and sidebar label. */
function copyModule(docsDir: string, folder: string, copy: number, offset: number): { id: string; number: number } {
  const [, number, slug] = MODULE_FOLDER.exec(folder)!;
  const id = `${slug}-copy-${copy}`;
  const newNumber = Number(number) + offset;
  const target = path.join(docsDir, `${String(newNumber).padStart(2, '0')}-${id}`);
  fs.cpSync(path.join(docsDir, folder), target, { recursive: true });
  for (const file of filesUnder(target)) {
    if (file.endsWith('.quiz.ts')) {
      const source = fs.readFileSync(file, 'utf8');
      if (!QUIZ_ID.test(source)) throw new Error(`scale bench: no quiz id found in ${file}; update QUIZ_ID in ${__filename}`);
      fs.writeFileSync(file, source.replace(QUIZ_ID, `$1$2-copy-${copy}'`));
    } else if (path.basename(file) === '_category_.json') {
      const category = JSON.parse(fs.readFileSync(file, 'utf8')) as { label: string; position: number; link?: { id?: string } };
      category.label = `${category.label} (copy ${copy})`;
      category.position += offset;
      if (category.link?.id) category.link.id = category.link.id.replace(`${slug}/`, `${id}/`);
      fs.writeFileSync(file, JSON.stringify(category, null, 2));
    }
  }
  return { id, number: newNumber };
}

export function createSyntheticCourse(repoRoot: string, scale: number): SyntheticCourse {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), `silicon-statecraft-x${scale}-`));
  for (const entry of SITE_ENTRIES) fs.cpSync(path.join(repoRoot, entry), path.join(siteDir, entry), { recursive: true });
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(siteDir, 'node_modules'), 'dir');

  const docsDir = path.join(siteDir, 'docs');
  const moduleFolders = fs.readdirSync(docsDir).filter((name) => MODULE_FOLDER.test(name) && fs.statSync(path.join(docsDir, name)).isDirectory());
  const copies: { id: string; number: number; title: string; summary: string; href: string }[] = [];
  for (let copy = 2; copy <= scale; copy++) {
    for (const folder of moduleFolders) {
      const { id, number } = copyModule(docsDir, folder, copy, moduleFolders.length * (copy - 1));
      copies.push({ id, number, title: `${MODULE_FOLDER.exec(folder)![2]} (copy ${copy})`, summary: 'A generated copy for the scale benchmark.', href: `/course/${id}` });
    }
  }
  // The course's module list, which the catalogue and the landing page read, gets the copies too.
  fs.appendFileSync(
    path.join(siteDir, 'src/data/modules.ts'),
    `\n// Scale benchmark: generated copies.\n(courseModules as unknown as CourseModule[]).push(...${JSON.stringify(copies)});\n`,
  );

  const docs = filesUnder(docsDir).filter((file) => /\.mdx?$/.test(file));
  const words = docs.reduce((sum, file) => sum + fs.readFileSync(file, 'utf8').split(/\s+/).length, 0);
  return { siteDir, scale, modules: moduleFolders.length * scale, docs: docs.length, words };
}
