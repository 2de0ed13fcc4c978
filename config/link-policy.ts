import type { Config } from '@docusaurus/types';

/**
 * How the build treats broken links. A course with a dead link is a course with a bug, so every
 * kind fails the build. Shared with the fixture site that proves it (tests/unit/build/).
 */
export const linkPolicy = {
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },
} as const satisfies Partial<Config>;
