/**
 * Bundling choices that keep JavaScript off pages that do not need it. Every figure quoted here
 * was measured on this site's build (Rspack, gzip).
 *
 * - Prism out of the entry bundle. The classic theme registers a client module that imports
 *   prism-react-renderer on every page (about 34 KB gzip, the largest thing in main.js after
 *   React DOM) only to add `themeConfig.prism.additionalLanguages` to it. The course has no code
 *   blocks, so that module is replaced by an empty one; `src/theme/CodeBlock` loads Prism and the
 *   extra languages on demand when a page does render a code block.
 * - The quiz out of Docusaurus' `common` chunk. That chunk takes any module used by half the
 *   pages, so the quiz (on most lessons) landed there beside the MDX provider that every doc page
 *   needs, and pages without a quiz (the glossary, module overviews) downloaded it too (7 KB gzip).
 * - Link prefetching in idle time, once per page path (src/clientModules/idlePrefetch.ts).
 * - Source maps for the client bundles.
 * - One shared chunk for the timeline. Each lesson that embeds `<Timeline />` otherwise carries its
 *   own copy of the event data and the component (about 10 KB gzip each); a learner moving
 *   between lessons now downloads it once.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

const PRISM_CLIENT_MODULE = /[\\/]@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages\.js$/;
// The overview chart (src/timeline/overview, components/TimelineOverview) stays out: the course
// page imports it, and a lesson fetches it only when it shows the chart.
const TIMELINE_MODULES =
  /[\\/]src[\\/](data[\\/]timeline\.ts|components[\\/]Timeline[\\/]|timeline[\\/](?!overview[\\/]))/;
const QUIZ_MODULES = /[\\/]src[\\/]components[\\/]Quiz[\\/]/;

/** A chunk of its own for code that several pages share but most pages do not use. */
function sharedChunk(name: string, test: RegExp) {
  return {
    name,
    test,
    chunks: 'async' as const,
    minChunks: 2,
    // Above Docusaurus' `common` group (40), below its single `styles` CSS group (50).
    priority: 45,
    enforce: true,
  };
}

export default function performance(context: LoadContext): Plugin {
  const emptyModule = path.join(context.siteDir, 'plugins/performance/empty-client-module.js');
  return {
    name: 'silicon-statecraft-performance',

    getClientModules() {
      return [path.join(context.siteDir, 'src/clientModules/idlePrefetch.ts')];
    },

    configureWebpack(_config, isServer, { currentBundler }) {
      return {
        plugins: [new currentBundler.instance.NormalModuleReplacementPlugin(PRISM_CLIENT_MODULE, emptyModule)],
        ...(isServer
          ? {}
          : {
              // Source maps beside the bundles (Lighthouse's valid-source-maps audit): readers'
              // browsers never fetch them, developer tools and error reports do. The code is MIT.
              devtool: 'source-map',
              optimization: {
                splitChunks: {
                  cacheGroups: {
                    timeline: sharedChunk('timeline', TIMELINE_MODULES),
                    quiz: sharedChunk('quiz', QUIZ_MODULES),
                  },
                },
              },
            }),
      };
    },
  };
}
