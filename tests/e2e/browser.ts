import fs from 'node:fs';
import {chromium, type Browser, type BrowserContext} from 'playwright-core';

const INSTALL_HINT = 'sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk';

export function chromiumPath(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter((value): value is string => Boolean(value));
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(', ')}). Install it with: ${INSTALL_HINT}  — or set CHROME_PATH.`,
    );
  }
  return found;
}

/** Flags for Chromium on this closed network: no sandbox in containers, no calls home. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** The system Chromium with CHROMIUM_ARGS, for scripts outside Playwright Test (the bench). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: chromiumPath(), args: [...CHROMIUM_ARGS]});
}

export interface ContextOptions {
  readonly javaScriptEnabled?: boolean;
  readonly colorScheme?: 'light' | 'dark';
  readonly width?: number;
  readonly height?: number;
}

export function newContext(
  browser: Browser,
  options: ContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: {width: options.width ?? 1280, height: options.height ?? 800},
    locale: 'ko-KR',
  });
}
