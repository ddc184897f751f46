import path from 'node:path';
import {defineConfig, type TestProjectInlineConfiguration} from 'vitest/config';

const stub = (name: string) => path.resolve(__dirname, 'tests/stubs', name);

type Isolation = Pick<NonNullable<TestProjectInlineConfiguration['test']>, 'isolate' | 'pool'>;

// Tests run in Node; only component tests (*.test.tsx) get a DOM.
function project(
  name: string,
  environment: 'node' | 'jsdom',
  include: string[],
  isolation: Isolation = {},
): TestProjectInlineConfiguration {
  return {extends: true, test: {name, environment, include, testTimeout: 60_000, ...isolation}};
}
const logic = [
  'src/**/*.test.ts',
  'tests/unit/**/*.test.ts',
  'tests/beginner-topics/**/*.test.ts',
  'plugins/**/*.test.ts',
  'scripts/**/*.test.ts',
];

export default defineConfig({
  resolve: {
    alias: [
      {find: /^@site\/(.*)$/, replacement: path.resolve(__dirname, '$1')},
      {find: '@docusaurus/useIsBrowser', replacement: stub('useIsBrowser.ts')},
      {find: '@docusaurus/Link', replacement: stub('Link.tsx')},
      {find: '@docusaurus/BrowserOnly', replacement: stub('BrowserOnly.tsx')},
      {find: '@docusaurus/useBaseUrl', replacement: stub('useBaseUrl.ts')},
      {find: '@theme/Tabs', replacement: stub('Tabs.tsx')},
      {find: '@theme/TabItem', replacement: stub('TabItem.tsx')},
      {
        find: '@docusaurus/ExecutionEnvironment',
        replacement: path.resolve(
          __dirname,
          'node_modules/@docusaurus/core/lib/client/exports/ExecutionEnvironment.js',
        ),
      },
    ],
  },
  esbuild: {jsx: 'automatic'},
  test: {
    css: {modules: {classNameStrategy: 'non-scoped'}},
    projects: [
      // Pure logic shares one module cache per worker: re-importing the engine and the
      // chapter sources for each of ~65 files cost 65 s of the unit stage's 77 s (13 s shared).
      // Shuffled orders pass too (`--sequence.shuffle`), so no file depends on another's state.
      project('unit', 'node', logic, {isolate: false}),
      // Each component file gets a fresh jsdom, but inside a VM context of a reused worker:
      // 22 s instead of 70 s, as a new process per file loaded jsdom each time.
      project(
        'components',
        'jsdom',
        ['src/**/*.test.tsx', 'tests/unit/**/*.test.tsx', 'tests/utils/**/*.test.tsx'],
        {pool: 'vmThreads'},
      ),
      // Slow checks that build or start servers: a stage of their own after the site build.
      project('integration', 'node', ['tests/integration/**/*.test.ts']),
    ],
  },
});
