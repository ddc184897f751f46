import path from 'node:path';
import {defineConfig} from 'vitest/config';

const stub = (name: string) => path.resolve(__dirname, 'tests/stubs', name);

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
    include: [
      'src/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/utils/**/*.test.{ts,tsx}',
      'plugins/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'jsdom',
    css: {modules: {classNameStrategy: 'non-scoped'}},
    testTimeout: 60_000,
  },
});
