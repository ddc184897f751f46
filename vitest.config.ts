import path from 'node:path';
import {defineConfig, type TestProjectInlineConfiguration} from 'vitest/config';

const stub = (name: string) => path.resolve(__dirname, 'tests/stubs', name);

// Tests run in Node; only component tests (*.test.tsx) get a DOM, which costs ~0.5 s a file.
function project(
  name: string,
  environment: 'node' | 'jsdom',
  include: string[],
): TestProjectInlineConfiguration {
  return {extends: true, test: {name, environment, include, testTimeout: 60_000}};
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
      project('unit', 'node', logic),
      project('components', 'jsdom', [
        'src/**/*.test.tsx',
        'tests/unit/**/*.test.tsx',
        'tests/utils/**/*.test.tsx',
      ]),
      // Slow checks that build or start servers: a stage of their own after the site build.
      project('integration', 'node', ['tests/integration/**/*.test.ts']),
    ],
  },
});
