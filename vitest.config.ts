import path from 'node:path';
import {defineConfig, type TestProjectInlineConfiguration} from 'vitest/config';

const stub = (name: string) => path.resolve(__dirname, 'tests/stubs', name);

type ProjectOptions = Pick<
  NonNullable<TestProjectInlineConfiguration['test']>,
  'isolate' | 'pool' | 'setupFiles' | 'sequence'
>;

// Tests run in Node; only component tests (*.test.tsx) get a DOM.
function project(
  name: string,
  environment: 'node' | 'jsdom',
  include: string[],
  isolation: ProjectOptions = {},
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
    // Vitest 3 builds each pool from this root config, not from the project's: with only the
    // project's `isolate: false`, the pool still started a new worker for each file, and each
    // re-imported the engine and the chapter sources (130 s of CPU for the unit project, 33 s
    // shared). Only the unit project uses the threads pool, so this setting reaches it alone.
    poolOptions: {threads: {isolate: false}},
    projects: [
      // Pure logic shares one module cache per worker. Shuffled orders and a single worker pass
      // too (docs-dev/test-times.md), so no file depends on another's module state. The two
      // projects run one after the other (`groupOrder`), each pool on both cores, instead of
      // four workers contending for two.
      project('unit', 'node', logic, {pool: 'threads', isolate: false, sequence: {groupOrder: 0}}),
      // Each component file gets a fresh jsdom, but inside a VM context of a reused worker:
      // 22 s instead of 70 s, as a new process per file loaded jsdom each time.
      project(
        'components',
        'jsdom',
        ['src/**/*.test.tsx', 'tests/unit/**/*.test.tsx', 'tests/utils/**/*.test.tsx'],
        {pool: 'vmThreads', setupFiles: ['tests/support/dom-setup.ts'], sequence: {groupOrder: 1}},
      ),
      // Slow checks that build or start servers: a stage of their own after the site build.
      project('integration', 'node', ['tests/integration/**/*.test.ts']),
    ],
  },
});
