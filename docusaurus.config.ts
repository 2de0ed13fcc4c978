import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import contentValidation from './plugins/content-validation';
import catalogue from './plugins/catalogue';
import performance from './plugins/performance';
import searchIndex from './plugins/search-index';
import remarkUnindexedBibliography from './plugins/search-index/remark-unindexed-bibliography';
import lmsExport from './plugins/lms-export';
import quizLoaders from './plugins/quiz-loaders';
import { linkPolicy } from './config/link-policy';

/**
 * The path the site is served under: `/` by default, or a sub-path for a project site, e.g.
 * `BASE_URL=/silicon-statecraft/ npm run build` for `https://example.org/silicon-statecraft/`.
 * Slashes around it are added when missing.
 */
function baseUrlFrom(value: string | undefined): string {
  const path = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return path === '' ? '/' : `/${path}/`;
}
const baseUrl = baseUrlFrom(process.env.BASE_URL);

const config: Config = {
  title: 'Silicon Statecraft',
  tagline: 'How technology and foreign policy shape each other',
  favicon: 'img/favicon.svg',
  // A static site: any host or CDN can serve `build/`, at the root or under a sub-path (BASE_URL
  // above). The URL only feeds the sitemap and social cards.
  url: 'https://silicon-statecraft.example.org',
  baseUrl,
  // `false` emits `course/lesson.html`, which static hosts serve at `/course/lesson` without a
  // redirect.
  trailingSlash: false,

  // v4 turns on the Rspack/SWC build of @docusaurus/faster and namespaced storage keys.
  future: { v4: true },

  ...linkPolicy,

  i18n: { defaultLocale: 'en', locales: ['en'] },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'course',
          sidebarPath: './sidebars.ts',
          remarkPlugins: [remarkUnindexedBibliography],
          showLastUpdateTime: false,
          // Folders and lessons are numbered `NN-slug`. The default parser leaves `04-5g-…` alone
          // because it looks like a version number; ours always strips the two-digit prefix.
          numberPrefixParser: (filename: string) => {
            const match = /^(\d+)-(.+)$/.exec(filename);
            return match
              ? { filename: match[2]!, numberPrefix: Number(match[1]) }
              : { filename, numberPrefix: undefined };
          },
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    contentValidation,
    catalogue,
    quizLoaders,
    performance,
    // Search: a Pagefind index written after the build (plugins/search-index), searched in the
    // browser with no external service; the box is src/theme/SearchBar, results src/pages/search.
    searchIndex,
    // The question bank for LMSs (build/lms/); docusaurus.package.config.ts builds the SCORM packages.
    [lmsExport, { mode: 'site' }],
    [
      '@docusaurus/plugin-pwa',
      {
        // A learner on a train: once the course has been opened, every page, quiz and the
        // progress pages work offline. The service worker precaches the whole build.
        offlineModeActivationStrategies: ['always'],
        // Not the search index: most visitors never search, and the index grows with the course.
        // The worker caches the parts a search fetches instead (src/sw.js).
        injectManifestConfig: { globIgnores: ['pagefind/**'] },
        swCustom: require.resolve('./src/sw.js'),
        // Performance: register the worker after load, in idle time, not during hydration.
        swRegister: require.resolve('./src/clientModules/registerServiceWorkerWhenIdle.ts'),
        pwaHead: [
          { tagName: 'link', rel: 'manifest', href: `${baseUrl}manifest.json` },
          { tagName: 'meta', name: 'theme-color', content: '#1d5a85' },
          { tagName: 'link', rel: 'apple-touch-icon', href: `${baseUrl}img/icon-192.png` },
        ],
      },
    ],
  ],

  themeConfig: {
    image: 'img/social-card.png',
    metadata: [{ name: 'keywords', content: 'tech diplomacy, science diplomacy, semiconductors, 5G, foreign policy, course' }],
    colorMode: {
      defaultMode: 'light',
      disableSwitch: false,
      respectPrefersColorScheme: true,
    },
    docs: { sidebar: { hideable: false } },
    navbar: {
      title: 'Silicon Statecraft',
      logo: { alt: '', src: 'img/logo.svg' },
      items: [
        { type: 'docSidebar', sidebarId: 'course', position: 'left', label: 'Course' },
        { to: '/timeline', label: 'Timeline', position: 'left' },
        // "Review (N)": the number of due cards, read from progress after mount (src/components/ReviewNavbarItem).
        { type: 'custom-review', position: 'right' },
        { to: '/progress', label: 'My progress', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Course',
          items: [
            { label: 'Start the course', to: '/course/foundations' },
            { label: 'Timeline', to: '/timeline' },
          ],
        },
        {
          title: 'About',
          items: [
            { label: 'Sources', to: '/course/sources' },
            { label: 'Licence (CC BY 4.0)', href: 'https://creativecommons.org/licenses/by/4.0/' },
          ],
        },
      ],
      copyright: `Silicon Statecraft. Text licensed CC BY 4.0; code MIT. Built with Docusaurus.`,
    },
    prism: { theme: prismThemes.github, darkTheme: prismThemes.dracula },
  } satisfies Preset.ThemeConfig,
};

export default config;
