/**
 * Packs the package build (one single-page site with the hash router) into one SCORM 1.2 zip per
 * package. Each zip holds the whole build (source maps left out), a `launch.html` that opens the
 * package's start page and names the package, the manifest and the SCORM 1.2 schema files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_META } from '../../src/lib/lms/plan';
import { METADATA_FILE, SCORM12_SCHEMA_FILES, scormManifest, scormMetadata } from './manifest';
import type { PackageDescription } from './packages';
import { deterministicZip } from './zip';

export const LAUNCH_FILE = 'launch.html';

function filesUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => fs.statSync(path.join(dir, file)).isFile() && !file.endsWith('.map'))
    .sort();
}

/** Asset URLs in the build that do not stay inside the package (absolute paths). */
export function absoluteAssetUrls(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((match) => match[1]!).filter((url) => url.startsWith('/'));
}

/**
 * The package's entry page: the build's `index.html` with the package's name in a meta tag (for
 * the runtime) and a script that opens the package's start page when no page is asked for.
 */
export function launchPage(indexHtml: string, pkg: Pick<PackageDescription, 'id' | 'startPath'>): string {
  if (!indexHtml.includes('<head>')) throw new Error('lms-export: index.html has no <head>');
  const script = `if(!location.hash||location.hash==='#'||location.hash==='#/')location.replace('#${pkg.startPath}')`;
  return indexHtml.replace('<head>', `<head>\n<meta name="${PACKAGE_META}" content="${pkg.id}">\n<script>${script}</script>`);
}

export function writeScormPackages({ siteDir, packages, into, schemaDir }: { siteDir: string; packages: readonly PackageDescription[]; into: string; schemaDir: string }): void {
  const files = filesUnder(siteDir);
  const indexHtml = fs.readFileSync(path.join(siteDir, 'index.html'), 'utf8');
  const absolute = absoluteAssetUrls(indexHtml);
  if (absolute.length > 0) throw new Error(`lms-export: the package build's index.html has absolute URLs: ${absolute.join(', ')}`);
  const contents = Object.fromEntries(files.map((file) => [file, fs.readFileSync(path.join(siteDir, file))]));
  const schemas = Object.fromEntries(SCORM12_SCHEMA_FILES.map((file) => [file, fs.readFileSync(path.join(schemaDir, file))]));
  fs.mkdirSync(into, { recursive: true });
  for (const pkg of packages) {
    const all = [...files, LAUNCH_FILE, METADATA_FILE, ...SCORM12_SCHEMA_FILES, 'imsmanifest.xml'];
    const manifest = scormManifest({ id: pkg.id, title: pkg.title, description: pkg.description, masteryScore: pkg.masteryScore, launch: LAUNCH_FILE, files: all });
    const zip = deterministicZip({
      ...contents,
      ...schemas,
      [LAUNCH_FILE]: launchPage(indexHtml, pkg),
      [METADATA_FILE]: scormMetadata(pkg),
      'imsmanifest.xml': manifest,
    });
    fs.writeFileSync(path.join(into, pkg.fileName), zip);
  }
}
