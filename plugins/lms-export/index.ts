/**
 * Exports for instructors' LMSs. In the site build (`mode: 'site'`) it writes the question bank
 * into `build/lms/`: Moodle XML, GIFT, a QTI 1.2 package for Canvas, and a report of what each
 * format could not carry. In the package build (`mode: 'package'`, docusaurus.package.config.ts:
 * the same course with the hash router, no service worker and no search) it adds the SCORM
 * runtime to the pages and, after building, packs one SCORM 1.2 zip per module and one for the
 * course into `build/lms/`, all sharing that one build.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import { CONTENT_VALIDATION_PLUGIN, type ValidatedContent } from '../content-validation';
import type { BankEntry } from '../../src/quiz/bank/bankEntries';
import type { LmsPlan } from '../../src/lib/lms/plan';
import { LMS_DIR } from '../../src/lib/lms/files';
import { bankEntriesOf, planPackagesOf, writeQuestionBank, writeScormPackages } from './build';
import type { CourseDoc, PackageDescription } from './packages';

export interface Options {
  readonly mode: 'site' | 'package';
  /** Where the package build writes its zips, relative to the site: the site build's `lms/` folder. */
  readonly packagesDir?: string;
}

export const PLAN_ALIAS = '@silicon-statecraft/lms-plan';

function courseDocs(allContent: Record<string, Record<string, unknown> | undefined>): CourseDoc[] {
  const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
  if (!docs) throw new Error('lms-export: the docs plugin has no content.');
  return docs.loadedVersions.flatMap((version) =>
    version.docs.map((doc) => ({
      id: doc.id,
      title: doc.title,
      description: doc.description,
      permalink: doc.permalink,
      file: doc.source.replace(/^@site\//, ''),
    })),
  );
}

export default function lmsExport(context: LoadContext, rawOptions: unknown): Plugin {
  const options = rawOptions as Options;
  const { siteDir, generatedFilesDir, siteConfig } = context;
  const planFile = path.join(generatedFilesDir, 'lms-export', 'lms-plan.json');
  let entries: BankEntry[] = [];
  let packages: PackageDescription[] = [];

  return {
    name: 'silicon-statecraft-lms-export',

    getClientModules() {
      return options.mode === 'package' ? [path.join(siteDir, 'src/clientModules/scormPackage.ts')] : [];
    },

    async allContentLoaded({ allContent }) {
      const validated = allContent[CONTENT_VALIDATION_PLUGIN]?.default as ValidatedContent | undefined;
      if (!validated) throw new Error('lms-export: the content-validation plugin has loaded no quizzes.');
      const docs = courseDocs(allContent);
      entries = bankEntriesOf(docs, validated.quizData);
      const planned = planPackagesOf(docs, validated.quizData, siteConfig.tagline);
      packages = planned.packages;
      if (options.mode === 'package') {
        fs.mkdirSync(path.dirname(planFile), { recursive: true });
        fs.writeFileSync(planFile, JSON.stringify(planned.plan satisfies LmsPlan));
      }
    },

    configureWebpack() {
      return options.mode === 'package' ? { resolve: { alias: { [PLAN_ALIAS]: planFile } } } : {};
    },

    async postBuild({ outDir }) {
      if (options.mode === 'site') {
        writeQuestionBank(path.join(outDir, LMS_DIR), entries);
      } else {
        writeScormPackages({ siteDir: outDir, packages, into: path.join(siteDir, options.packagesDir ?? 'build/lms'), schemaDir: path.join(siteDir, 'vendor/xsd/scorm12') });
      }
    },
  };
}
