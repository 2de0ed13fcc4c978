/**
 * Unit and component tests (Jest + Testing Library, jsdom).
 *
 * `@docusaurus/*`, `@theme/*` and `@generated/*` imports are bundler aliases whose real modules need generated
 * build output, so the few that components use are mapped here, in one place, to small stand-ins
 * in `tests/doubles/` (see its README). Order matters: the image rule must win over `@site/`.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/tests/unit'],
  setupFilesAfterEnv: ['<rootDir>/tests/unit/setup.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '\\.module\\.css$': 'identity-obj-proxy',
    '\\.css$': '<rootDir>/tests/doubles/empty.ts',
    '\\.(png|jpe?g|gif|svg|webp)$': '<rootDir>/tests/doubles/file.ts',
    '^@site/(.*)$': '<rootDir>/$1',
    '^@docusaurus/Link$': '<rootDir>/tests/doubles/Link.tsx',
    '^@docusaurus/Translate$': '<rootDir>/tests/doubles/Translate.tsx',
    '^@docusaurus/useIsBrowser$': '<rootDir>/tests/doubles/useIsBrowser.ts',
    '^@docusaurus/BrowserOnly$': '<rootDir>/tests/doubles/BrowserOnly.tsx',
    '^@docusaurus/useDocusaurusContext$': '<rootDir>/tests/doubles/useDocusaurusContext.ts',
    '^@docusaurus/router$': '<rootDir>/tests/doubles/router.tsx',
    '^@docusaurus/useBaseUrl$': '<rootDir>/tests/doubles/useBaseUrl.ts',
    '^@docusaurus/useBrokenLinks$': '<rootDir>/tests/doubles/useBrokenLinks.ts',
    '^@generated/silicon-statecraft-catalogue/default/catalogue\\.json$': '<rootDir>/tests/doubles/catalogue.ts',
    '^@generated/silicon-statecraft-catalogue/default/lesson-quizzes\\.json$': '<rootDir>/tests/doubles/lessonQuizzes.ts',
    '^@generated/silicon-statecraft-content-validation/default/timeline-lessons\\.json$': '<rootDir>/tests/doubles/timelineLessons.ts',
    '^@theme/Heading$': '<rootDir>/tests/doubles/Heading.tsx',
    '^@theme/Layout$': '<rootDir>/tests/doubles/Layout.tsx',
  },
  testTimeout: 15000,
};
