import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type {AddressInfo} from 'node:net';
import type {BrowserContext} from '@playwright/test';
import {expect, test, type Page} from './fixtures';
import {resolveFile} from './static-server';
import {requireBuild} from '../support/build';

const buildDir = requireBuild();

/** A static server whose root can be swapped (build A → build B at the same address). */
async function swappableServer(initialRoot: string) {
  let root = initialRoot;
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.webmanifest': 'application/manifest+json',
  };
  const server = http.createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolveFile(root, urlPath) ?? path.join(root, '404.html');
    const status = resolveFile(root, urlPath) ? 200 : 404;
    response.writeHead(status, {
      'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    response.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    swap(next: string) {
      root = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function waitForControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 60_000,
  });
}

async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: true,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
}

test.describe('offline reading (service worker)', () => {
  test.use({serviceWorkers: 'allow'});

  test('ships sw.js with pages, assets and the whole search index precached', () => {
    const sw = fs.readFileSync(path.join(buildDir, 'sw.js'), 'utf8');
    expect(sw).not.toContain('self.__WB_MANIFEST');
    for (const file of [
      'docs/intro.html',
      'search.html',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'manifest.webmanifest',
    ]) {
      expect(sw, file).toContain(JSON.stringify(file).slice(0, -1));
    }
    const wasm = fs
      .readdirSync(path.join(buildDir, 'pagefind'))
      .filter((name) => name.startsWith('wasm.'));
    expect(wasm.length).toBeGreaterThan(0);
    for (const name of wasm) expect(sw).toContain(`pagefind/${name}`);
  });

  test('registers the worker in an idle callback after the load event, not while the page starts', async ({
    page,
  }) => {
    // The install downloads the whole site; started with the page's scripts it competed with
    // hydration (docs-dev/performance.md). The page records whether register() ran inside an
    // idle callback, and whether the load event had come.
    await page.addInitScript(() => {
      const seen = {calls: 0, inIdleCallback: false, afterLoad: false};
      (window as unknown as {__swRegister: typeof seen}).__swRegister = seen;
      let idleDepth = 0;
      const requestIdle = window.requestIdleCallback.bind(window);
      window.requestIdleCallback = (callback, options) =>
        requestIdle((deadline) => {
          idleDepth += 1;
          try {
            callback(deadline);
          } finally {
            idleDepth -= 1;
          }
        }, options);
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (this: ServiceWorkerContainer, ...args) {
        seen.calls += 1;
        seen.inIdleCallback = idleDepth > 0;
        seen.afterLoad = document.readyState === 'complete';
        return register.apply(this, args);
      };
    });
    await page.goto('/docs/intro');
    const seen = await page
      .waitForFunction(() => {
        const record = (window as unknown as {__swRegister: {calls: number}}).__swRegister;
        return record.calls > 0 ? record : null;
      })
      .then((handle) => handle.jsonValue());
    expect(seen).toEqual({calls: 1, inIdleCallback: true, afterLoad: true});
    await waitForControl(page);
  });

  test('after one visit, reads another chapter and searches with the network gone', async ({
    context,
    page,
  }) => {
    test.setTimeout(120_000);
    const server = await swappableServer(buildDir);
    try {
      await page.goto(`${server.url}/docs/intro`);
      await waitForControl(page);
      await server.close();
      await goOffline(context, page);

      // Scripts are stored under a neutral type, so Chromium does not compile them all while the
      // worker installs (sw-template.js), and get their own type back when served.
      const stored = await page.evaluate(async () => {
        const cache = await caches.open('dg-precache-v1');
        const scripts = (await cache.keys()).filter((request) => /\.js(\?|$)/.test(request.url));
        const types = await Promise.all(
          scripts.map(async (request) => (await cache.match(request))!.headers.get('content-type')),
        );
        return {scripts: scripts.length, types: [...new Set(types)]};
      });
      expect(stored.scripts).toBeGreaterThan(50);
      expect(stored.types).toEqual(['application/octet-stream']);

      await page.goto(`${server.url}/docs/containers/namespaces`);
      await expect(page.locator('article h1').first()).toHaveText('네임스페이스');
      await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');

      await page.goto(`${server.url}/search?q=${encodeURIComponent('도커')}`);
      await expect(page.locator('body')).toContainText('개 문서를 찾았습니다', {timeout: 30_000});
      await expect(page.locator('ul[aria-label="검색 결과"] a[href]').first()).toBeVisible();
    } finally {
      await server.close().catch(() => {});
    }
  });

  test('shows an update notice when a new build is deployed, and the button switches to it', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const buildB = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-build-b-'));
    fs.cpSync(buildDir, buildB, {recursive: true});
    fs.appendFileSync(path.join(buildB, 'sw.js'), '\n// build B\n');
    const server = await swappableServer(buildDir);
    try {
      await page.goto(`${server.url}/docs/intro`);
      await waitForControl(page);
      await page.reload();
      await waitForControl(page);
      server.swap(buildB);
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });
      const notice = page.locator('#dg-update');
      await expect(notice).toContainText('새 버전이 있습니다', {timeout: 60_000});
      const reloaded = page.waitForEvent('framenavigated', {timeout: 30_000});
      await notice.getByRole('button', {name: '새로 고침'}).click();
      await reloaded;
      await page.waitForLoadState('load');
      const script = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        const response = await fetch(registration!.active!.scriptURL, {cache: 'no-store'});
        return response.text();
      });
      expect(script).toContain('// build B');
      await expect(page.locator('#dg-update')).toHaveCount(0);
    } finally {
      await server.close();
      fs.rmSync(buildB, {recursive: true, force: true});
    }
  });
});
