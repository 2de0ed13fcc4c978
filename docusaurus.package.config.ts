import type { Config } from '@docusaurus/types';
import site from './docusaurus.config';
import lmsExport from './plugins/lms-export';
import searchIndex from './plugins/search-index';

/**
 * The course as SCORM packages for LMSs (`npm run build:lms`, run by `npm run build` after the
 * site). One build serves every package (plugins/lms-export packs it), and it must work from
 * whatever URL an LMS serves it under, with nothing fetched from outside the package:
 *
 * - the hash router: one `index.html`, `#/…` links and relative asset URLs;
 * - no service worker (an LMS page must not install one) and no search (Pagefind indexes the
 *   pre-rendered pages, which the hash router does not make; src/theme/SearchBar hides the box);
 * - the LMS export plugin in package mode, which adds the SCORM runtime and writes the zips;
 * - no Rspack persistent cache, so that two builds in a row give byte-identical zips.
 */
const isSitePlugin = (plugin: unknown, name: unknown) => Array.isArray(plugin) && plugin[0] === name;

const config: Config = {
  ...site,
  // No persistent cache: a warm Rspack build names minified variables differently from a cold one,
  // so the zips would depend on whether a build ran before. Every package build is a cold build.
  future: { ...(site.future as object), experimental_router: 'hash', faster: { rspackPersistentCache: false } },
  plugins: [
    ...(site.plugins ?? []).filter(
      (plugin) => plugin !== searchIndex && !isSitePlugin(plugin, '@docusaurus/plugin-pwa') && !isSitePlugin(plugin, lmsExport),
    ),
    [lmsExport, { mode: 'package', packagesDir: 'build/lms' }],
  ],
  customFields: { ...site.customFields, isLmsPackage: true },
};

export default config;
