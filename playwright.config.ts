// Browser tests over the built site (`npm run build` first): Playwright Test with the system
// Chromium. Never downloads a browser: executablePath points at the installed one.
import {defineConfig} from '@playwright/test';
import {CHROMIUM_ARGS, chromiumPath} from './tests/e2e/browser';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  workers: 2,
  fullyParallel: true,
  retries: 0,
  reporter: 'list',
  forbidOnly: true,
  timeout: 60_000,
  // Pages load their scripts after the first paint and hydrate in slices; on a busy
  // two-core machine a widget can take a few seconds to reach its state.
  expect: {timeout: 10_000},
  use: {
    browserName: 'chromium',
    launchOptions: {executablePath: chromiumPath(), args: [...CHROMIUM_ARGS]},
    locale: 'ko-KR',
    viewport: {width: 1280, height: 800},
    colorScheme: 'light',
    // The site's service worker precaches the whole build on a first visit, in every fresh
    // context; only the specs about it (offline, nginx) let it register.
    serviceWorkers: 'block',
  },
});
