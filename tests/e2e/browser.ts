import fs from 'node:fs';
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';

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

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface PageProblems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly foreignRequests: string[];
}

/** Records console errors, uncaught errors and requests to any other host. */
export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = {consoleErrors: [], pageErrors: [], foreignRequests: []};
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (!url.startsWith(origin)) problems.foreignRequests.push(url);
  });
  return problems;
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
