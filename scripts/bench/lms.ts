/**
 * The LMS exports' figures for `npm run bench`: the package build's extra wall time, each file's
 * size, and whether two package builds in a row give byte-identical zips.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface LmsFigures {
  readonly buildSeconds: number | null;
  readonly files: readonly { readonly name: string; readonly bytes: number }[];
  /** Null when the package build was not run twice. */
  readonly isDeterministic: boolean | null;
}

function buildPackages(root: string): number {
  const started = Date.now();
  const result = spawnSync('npx', ['docusaurus', 'build', '--config', 'docusaurus.package.config.ts', '--out-dir', '.lms-site'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('The LMS package build failed; see above.');
  return (Date.now() - started) / 1000;
}

const zipHashes = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.zip'))
    .sort()
    .map((name) => `${name} ${crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, name))).digest('hex')}`)
    .join('\n');

export function measureLms(root: string, { build }: { build: boolean }): LmsFigures {
  const dir = path.join(root, 'build/lms');
  let buildSeconds: number | null = null;
  let isDeterministic: boolean | null = null;
  if (build) {
    buildSeconds = buildPackages(root);
    const first = zipHashes(dir);
    buildPackages(root);
    isDeterministic = first === zipHashes(dir);
  }
  const files = fs.existsSync(dir)
    ? fs.readdirSync(dir).sort().map((name) => ({ name, bytes: fs.statSync(path.join(dir, name)).size }))
    : [];
  return { buildSeconds, files, isDeterministic };
}
