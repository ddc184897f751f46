import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    minWorkers: 1,
    // Pages load their scripts after the first paint and hydrate in slices; on a busy
    // two-core machine a widget can take a few seconds to reach its state.
    expect: {poll: {timeout: 10_000}},
  },
});
