// The built site served by nginx through deploy/nginx.conf (the image's configuration, with
// the build's generated nginx-csp.conf), checked in Chromium under the real
// Content-Security-Policy: every page, search (Pagefind's WebAssembly), the playground,
// headers, caching, compression, 404. nginx runs on 127.0.0.1:<free port> for this file only.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {launchBrowser, newContext} from './browser';
import {startNginx, type RunningNginx} from './nginx-server';
import {sitemapPaths} from './site';

const buildDir = inject('buildDir');
const cspFile = path.join(buildDir, 'nginx-csp.conf');
const paths = sitemapPaths();
const playgroundPath = paths.find((pathname) => /\/playground$/.test(pathname));

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
}

function head(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, {headers}, (response) => {
        response.resume();
        response.on('end', () =>
          resolve({status: response.statusCode ?? 0, headers: response.headers}),
        );
      })
      .on('error', reject);
  });
}

/** The policy the build generated (the value inside add_header Content-Security-Policy "…"). */
function generatedPolicy(): string {
  const match = /add_header Content-Security-Policy "([^"]+)" always;/.exec(
    fs.readFileSync(cspFile, 'utf8'),
  );
  if (!match) throw new Error(`${cspFile} holds no Content-Security-Policy line`);
  return match[1]!;
}

interface Watch {
  readonly problems: string[];
}

/** Console errors, uncaught errors, CSP reports (console text and securitypolicyviolation events). */
function watch(page: Page): Watch {
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /Content Security Policy/i.test(text))
      problems.push(`console ${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return {problems};
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}

describe('the site behind deploy/nginx.conf, under its Content-Security-Policy', () => {
  let server: RunningNginx;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    if (!fs.existsSync(cspFile)) {
      throw new Error(
        `${cspFile} is missing: this build predates the post-build step "Content-Security-Policy hashes". Rebuild with npm run build.`,
      );
    }
    server = await startNginx({root: buildDir, cspInclude: fs.readFileSync(cspFile, 'utf8')});
    browser = await launchBrowser();
    context = await newContext(browser);
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations!.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
        );
      });
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('serves the sitemap at the root (the e2e build uses BASE_URL=/)', () => {
    expect(paths.length).toBeGreaterThan(5);
    expect(paths).toContain('/');
  });

  it(
    'loads every sitemap page with status 200, hydrated, with no CSP violation and no console error',
    async () => {
      const failures: string[] = [];
      for (const pathname of paths) {
        const page = await context.newPage();
        const {problems} = watch(page);
        const response = await page.goto(`${server.url}${pathname}`, {waitUntil: 'networkidle'});
        if (response?.status() !== 200) problems.push(`status ${response?.status()}`);
        const hydrated = await page
          .waitForFunction(
            () => document.documentElement.dataset.hasHydrated === 'true',
            undefined,
            {timeout: 15_000},
          )
          .then(() => true)
          .catch(() => false);
        if (!hydrated) problems.push('the page never hydrated (its JavaScript did not run)');
        problems.push(
          ...(await violations(page)).map((violation) => `CSP violation: ${violation}`),
        );
        if (problems.length > 0) failures.push(`${pathname}\n  ${problems.join('\n  ')}`);
        await page.close();
      }
      expect(failures, failures.join('\n')).toEqual([]);
    },
    60_000 + paths.length * 8_000,
  );

  it('finds results for /search?q=도커 (Pagefind compiles its WebAssembly under wasm-unsafe-eval)', async () => {
    const page = await context.newPage();
    const {problems} = watch(page);
    await page.goto(`${server.url}/search?q=${encodeURIComponent('도커')}`);
    await page.waitForFunction(
      () => /개 문서를 찾았습니다|결과가 없습니다/.test(document.body.innerText),
      undefined,
      {
        timeout: 20_000,
      },
    );
    const results = await page.$$eval(
      'ul[aria-label="검색 결과"] a[href]',
      (links) => links.length,
    );
    expect(results).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.skipIf(!playgroundPath)(
    'runs `docker run hello-world` in the playground (once /playground is in the sitemap)',
    async () => {
      const page = await context.newPage();
      const {problems} = watch(page);
      await page.goto(`${server.url}${playgroundPath}`, {waitUntil: 'networkidle'});
      const input = '[data-testid="playground-app"] [data-testid="terminal-input"]';
      const log = '[data-testid="playground-app"] [role="log"]';
      await page.waitForSelector(`${input}:not([disabled])`, {timeout: 20_000});
      await page.focus(input);
      await page.keyboard.type('docker run hello-world');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.$eval(log, (node) => (node as HTMLElement).innerText), {
          timeout: 15_000,
          message: 'docker run hello-world printed no "Hello from Docker!" under the CSP',
        })
        .toContain('Hello from Docker!');
      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it('reports a violation when the hashes are missing (the detection above is not vacuous)', async () => {
    const withoutHashes = fs.readFileSync(cspFile, 'utf8').replace(/ 'sha256-[^']+'/g, '');
    const strict = await startNginx({root: buildDir, cspInclude: withoutHashes});
    try {
      const page = await context.newPage();
      const {problems} = watch(page);
      await page.goto(`${strict.url}/`, {waitUntil: 'networkidle'});
      const reported = await violations(page);
      expect(
        reported.some((violation) =>
          /^script-src-elem blocked (inline|\(inline\))/.test(violation),
        ),
        reported.join('\n'),
      ).toBe(true);
      // Chromium names the hash each blocked script needs: exactly the ones the build computed.
      const wanted = problems.flatMap((problem) =>
        [...problem.matchAll(/a hash \('(sha256-[^']+)'\)/g)].map((match) => `'${match[1]}'`),
      );
      expect(wanted.length).toBeGreaterThan(0);
      const generated = generatedPolicy().match(/'sha256-[^']+'/g) ?? [];
      expect(generated).toEqual(expect.arrayContaining([...new Set(wanted)]));
      await page.close();
    } finally {
      await strict.stop();
    }
  });

  it('sends the security headers with the generated policy', async () => {
    const policy = generatedPolicy();
    for (const pathname of ['/', '/docs/intro']) {
      const response = await head(`${server.url}${pathname}`);
      expect(response.headers['content-security-policy'], pathname).toBe(policy);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(response.headers['permissions-policy']).toMatch(/camera=\(\)/);
      expect(response.headers['x-frame-options']).toBe('DENY');
    }
    expect(policy).toContain("frame-ancestors 'none'");
    const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src '))!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
  });

  it('caches hashed assets for a year and gzips them; HTML revalidates', async () => {
    const mainJs = fs
      .readdirSync(path.join(buildDir, 'assets', 'js'))
      .find((name) => /^main\.[0-9a-f]+\.js$/.test(name));
    expect(mainJs).toBeDefined();
    const asset = await head(`${server.url}/assets/js/${mainJs}`, {'Accept-Encoding': 'gzip'});
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.headers['content-security-policy']).toBe(generatedPolicy());
    const html = await head(`${server.url}/docs/intro`, {'Accept-Encoding': 'gzip'});
    expect(html.status).toBe(200);
    expect(html.headers['cache-control']).toBe('no-cache');
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it("serves Pagefind's index files as application/octet-stream", async () => {
    const meta = fs
      .readdirSync(path.join(buildDir, 'pagefind'))
      .find((name) => name.endsWith('.pf_meta'));
    const wasm = fs
      .readdirSync(path.join(buildDir, 'pagefind'))
      .find((name) => name.endsWith('.pagefind'));
    for (const name of [meta, wasm]) {
      expect(name).toBeDefined();
      const response = await head(`${server.url}/pagefind/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers['content-type'], name).toBe('application/octet-stream');
    }
  });

  it('answers an unknown URL with the site 404 page and status 404, under the same policy', async () => {
    const page = await context.newPage();
    const {problems} = watch(page);
    const response = await page.goto(`${server.url}/docs/no-such-chapter`, {
      waitUntil: 'networkidle',
    });
    expect(response?.status()).toBe(404);
    expect(response?.headers()['content-security-policy']).toBe(generatedPolicy());
    expect(await response?.text()).toContain('<title data-rh=true>페이지를 찾을 수 없습니다');
    await expect
      .poll(() => page.locator('main').first().innerText())
      .toContain('페이지를 찾을 수 없습니다');
    expect(await violations(page)).toEqual([]);
    // Chromium logs the 404 status of the document itself as a console error; nothing else may appear.
    expect(problems.filter((problem) => !/status of 404/.test(problem))).toEqual([]);
    await page.close();
  });

  it('serves /docs/intro without .html (trailingSlash: false) and redirects /docs/intro/ to it', async () => {
    const page = await context.newPage();
    const response = await page.goto(`${server.url}/docs/intro/`);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/docs/intro');
    await page.close();
  });
});
