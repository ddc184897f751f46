// The built site served by nginx through deploy/nginx.conf (the image's configuration, with
// the build's generated nginx-csp.conf), checked in Chromium under the real
// Content-Security-Policy: every page, search (Pagefind's WebAssembly), the playground,
// headers, caching, compression, 404. nginx runs on 127.0.0.1:<free port> for this file only.
//
// The per-page test is also the crawl in both colour modes (title, description, chapter frame,
// axe; overflow at 360 px): one page load serves all of it, as loading and checking every page
// once per mode cost minutes of the e2e stage. The page loads in dark mode on a 360 px phone,
// so the mode a reader's system asks for is applied at load, then turns to light mode at
// desktop width the way the site follows a system change. The crawl's tests share one page per
// worker (fixtures.ts `reusedPage`), so the site's scripts and axe-core are compiled once per
// worker. The no-JavaScript crawl is in its own file.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {runAxe} from './axe';
import {
  DESKTOP,
  expect,
  PHONE,
  test as siteTest,
  transitionsDone,
  watchPage,
  type BrowserContext,
  type Page,
} from './fixtures';
import {startNginx, type RunningNginx} from './nginx-server';
import {requireBuild, sitemapPaths} from '../support/build';
import {listDocs, NOT_CHAPTERS} from '../support/docs';

const buildDir = requireBuild();
const cspFile = path.join(buildDir, 'nginx-csp.conf');
const paths = sitemapPaths();
const PLAYGROUND = '/playground';
const chapterUrls = new Set(
  listDocs()
    .filter((doc) => !(doc.file in NOT_CHAPTERS))
    .map((doc) => doc.url),
);

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

/** The site's own cspInclude, or a clear message when the build predates it. */
function cspInclude(): string {
  if (!fs.existsSync(cspFile)) {
    throw new Error(
      `${cspFile} is missing: this build predates the post-build step "Content-Security-Policy hashes". Rebuild with npm run build.`,
    );
  }
  return fs.readFileSync(cspFile, 'utf8');
}

// nginx runs once per worker; every page records the CSP violations it sees.
const test = siteTest.extend<object, {server: RunningNginx}>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
    async ({}, use) => {
      const server = await startNginx({root: buildDir, cspInclude: cspInclude()});
      await use(server);
      await server.stop();
    },
    {scope: 'worker'},
  ],
  context: async ({context}, use) => {
    await recordCspViolations(context);
    await use(context);
  },
});

/** Every document records the CSP violations it sees in `window.__cspViolations`. */
async function recordCspViolations(target: BrowserContext | Page): Promise<void> {
  await target.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    });
  });
}

test.describe('the site behind deploy/nginx.conf, under its Content-Security-Policy', () => {
  test('serves the sitemap at the root (the e2e build uses BASE_URL=/)', () => {
    expect(paths.length).toBeGreaterThan(5);
    expect(paths).toContain('/');
    expect(paths).toContain(PLAYGROUND);
  });

  test.describe('every sitemap page', () => {
    for (const pathname of paths) {
      test(`${pathname} in dark mode at 360 px, then light mode at desktop width: hydrated under the CSP, titled, accessible, no sideways scrolling`, async ({
        reusedPage,
        server,
      }) => {
        const page = await reusedPage({
          name: 'nginx crawl',
          setUp: recordCspViolations,
          viewport: PHONE,
          colorScheme: 'dark',
        });
        const {problems} = watch(page);
        const {foreignRequests} = watchPage(page, server.url);
        const response = await page.goto(`${server.url}${pathname}`, {waitUntil: 'networkidle'});
        expect(response?.status()).toBe(200);
        // Hydration shows that the page's JavaScript ran under the policy.
        await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true', {
          timeout: 15_000,
        });
        await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
        await expect(page).toHaveTitle(/\S.* \| 도커 길잡이$|^도커 길잡이/);
        const description = await page.getAttribute('meta[name="description"]', 'content');
        expect(description?.trim().length ?? 0).toBeGreaterThan(10);
        if (chapterUrls.has(pathname)) {
          // The goals admonition must render as an admonition, not as plain text.
          const goals = page.locator('.theme-admonition-info', {hasText: '이 장을 마치면'});
          await expect(goals.first()).toBeVisible();
        }
        await test.step('dark mode at 360 px', async () => {
          await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
          const overflow = await page.evaluate(() => {
            const root = document.documentElement;
            const wide = Array.from(document.querySelectorAll('body *'))
              .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
              .filter((element) => !element.closest('[tabindex="0"], pre, .table-wrapper, table'))
              .slice(0, 3)
              .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
            return {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide};
          });
          expect(overflow.scrollWidth, overflow.wide.join(', ')).toBeLessThanOrEqual(
            overflow.clientWidth,
          );
          expect(await runAxe(page)).toEqual([]);
        });
        await test.step('light mode at desktop width', async () => {
          await page.setViewportSize(DESKTOP);
          await page.emulateMedia({colorScheme: 'light'});
          await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
          // React renders the desktop sidebar and table of contents once it has seen the width.
          const sidebar = page.locator('.theme-doc-sidebar-container');
          if ((await sidebar.count()) > 0)
            await expect(sidebar.locator('.theme-doc-sidebar-menu').first()).toBeVisible();
          await transitionsDone(page);
          expect(await runAxe(page)).toEqual([]);
        });
        expect(await violations(page)).toEqual([]);
        expect(problems).toEqual([]);
        expect(foreignRequests, 'requests to other hosts').toEqual([]);
      });
    }
  });

  test.describe('with its service worker', () => {
    test.use({serviceWorkers: 'allow'});

    test('registers the service worker, which then controls the page under the policy', async ({
      page,
      server,
    }) => {
      const {problems} = watch(page);
      await page.goto(`${server.url}/docs/intro`, {waitUntil: 'networkidle'});
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload({waitUntil: 'networkidle'});
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
          timeout: 60_000,
        })
        .toBe(true);
      await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  });

  test('finds results for /search?q=도커 (Pagefind compiles its WebAssembly under wasm-unsafe-eval)', async ({
    page,
    server,
  }) => {
    const {problems} = watch(page);
    await page.goto(`${server.url}/search?q=${encodeURIComponent('도커')}`);
    await expect(page.locator('body')).toContainText(/개 문서를 찾았습니다|결과가 없습니다/, {
      timeout: 20_000,
    });
    await expect(page.locator('ul[aria-label="검색 결과"] a[href]').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('runs `docker run hello-world` in the playground', async ({page, server}) => {
    const {problems} = watch(page);
    await page.goto(`${server.url}${PLAYGROUND}`, {waitUntil: 'networkidle'});
    const input = page.locator('[data-testid="playground-app"] [data-testid="terminal-input"]');
    await expect(input).toBeEnabled({timeout: 20_000});
    await input.focus();
    await page.keyboard.type('docker run hello-world');
    await page.keyboard.press('Enter');
    await expect(
      page.locator('[data-testid="playground-app"] [role="log"]'),
      'docker run hello-world printed no "Hello from Docker!" under the CSP',
    ).toContainText('Hello from Docker!', {timeout: 15_000});
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('reports a violation when the hashes are missing (the detection above is not vacuous)', async ({
    page,
  }) => {
    const withoutHashes = cspInclude().replace(/ 'sha256-[^']+'/g, '');
    const strict = await startNginx({root: buildDir, cspInclude: withoutHashes});
    try {
      const {problems} = watch(page);
      await page.goto(`${strict.url}/`, {waitUntil: 'networkidle'});
      await expect
        .poll(async () =>
          (await violations(page)).some((violation) =>
            /^script-src-elem blocked (inline|\(inline\))/.test(violation),
          ),
        )
        .toBe(true);
      // Chromium names the hash each blocked script needs: exactly the ones the build computed.
      const wanted = problems.flatMap((problem) =>
        [...problem.matchAll(/a hash \('(sha256-[^']+)'\)/g)].map((match) => `'${match[1]}'`),
      );
      expect(wanted.length).toBeGreaterThan(0);
      const generated = generatedPolicy().match(/'sha256-[^']+'/g) ?? [];
      expect(generated).toEqual(expect.arrayContaining([...new Set(wanted)]));
    } finally {
      await strict.stop();
    }
  });

  test('sends the security headers with the generated policy', async ({server}) => {
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

  test('caches hashed assets for a year and gzips them; HTML revalidates', async ({server}) => {
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

  test("serves Pagefind's index files as application/octet-stream", async ({server}) => {
    const files = fs.readdirSync(path.join(buildDir, 'pagefind'));
    const meta = files.find((name) => name.endsWith('.pf_meta'));
    const wasm = files.find((name) => name.endsWith('.pagefind'));
    for (const name of [meta, wasm]) {
      expect(name).toBeDefined();
      const response = await head(`${server.url}/pagefind/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers['content-type'], name).toBe('application/octet-stream');
    }
  });

  test('answers an unknown URL with the site 404 page and status 404, under the same policy', async ({
    page,
    server,
  }) => {
    const {problems} = watch(page);
    const response = await page.goto(`${server.url}/docs/no-such-chapter`, {
      waitUntil: 'networkidle',
    });
    expect(response?.status()).toBe(404);
    expect(response?.headers()['content-security-policy']).toBe(generatedPolicy());
    expect(await response?.text()).toContain('<title data-rh=true>페이지를 찾을 수 없습니다');
    await expect(page.locator('main').first()).toContainText('페이지를 찾을 수 없습니다');
    expect(await violations(page)).toEqual([]);
    // Chromium logs the 404 status of the document itself as a console error; nothing else may appear.
    expect(problems.filter((problem) => !/status of 404/.test(problem))).toEqual([]);
  });

  test('serves /docs/intro without .html (trailingSlash: false) and redirects /docs/intro/ to it', async ({
    page,
    server,
  }) => {
    const response = await page.goto(`${server.url}/docs/intro/`);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/docs/intro');
  });
});
