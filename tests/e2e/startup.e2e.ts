import fs from 'node:fs';
import path from 'node:path';
import {comeToPlayground, expect, gotoHydrated, test, type Page} from './fixtures';
import {assetFile, BUILD_DIR, readHtml} from '../support/build';
import {runsMermaid} from '../support/mermaid';

// What a page does while it starts, counted rather than timed (see bench/README.md for the times).
const PLAIN_CHAPTER = '/docs/intro';
const INSTALL_GUIDE = '/docs/install/windows';
const MERMAID_CHAPTER = '/docs/containers/runtimes-and-standards';
// Requests a plain chapter makes until React has hydrated it: the HTML, CSS, the scripts it
// runs, the logo and the manifest. Measured 16; a new request per page is a regression.
const PLAIN_CHAPTER_MAX_REQUESTS = 17;
// A string of Prism's core: no client chunk may carry a tokenizer (code is coloured at build time).
const PRISM_MARKER = 'disableWorkerMessageHandler';

async function scriptsDuring(page: Page, work: () => Promise<void>): Promise<string[]> {
  const scripts = new Set<string>();
  const onRequest = (request: {resourceType(): string; url(): string}) => {
    if (request.resourceType() === 'script')
      scripts.add(assetFile(new URL(request.url()).pathname));
  };
  page.on('request', onRequest);
  await work();
  page.off('request', onRequest);
  return [...scripts];
}

test.describe('code blocks', () => {
  test('are coloured in the server HTML', () => {
    const html = readHtml('/docs/building-images/dockerfile-basics');
    expect(html).toMatch(/class="dg-code[^"]*language-dockerfile/);
    expect(html).toContain('<span class="token keyword">FROM</span>');
    expect(readHtml(INSTALL_GUIDE)).toMatch(/<span class="token (function|keyword|cmdlet)/);
  });

  test('ship no Prism tokenizer to the browser', () => {
    const dir = path.join(BUILD_DIR, 'assets', 'js');
    const withPrism = fs
      .readdirSync(dir)
      .filter((file) => fs.readFileSync(path.join(dir, file), 'utf8').includes(PRISM_MARKER));
    expect(withPrism).toEqual([]);
  });
});

/** The URLs the page's script loader (plugins/ssr-template.ts) will request, in order. */
function loaderList(html: string): string[] {
  const match = html.match(
    /<script data-scripts="?([^">]+)"?>(?:(?!<\/script>)[\s\S])*<\/script><\/body>/,
  );
  return match ? match[1]!.split(' ') : [];
}

/** Script paths the page requests until React has hydrated it. */
async function scriptsUntilHydrated(page: Page, urlPath: string): Promise<string[]> {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') requested.push(new URL(request.url()).pathname);
  });
  await gotoHydrated(page, urlPath);
  return requested;
}

/** Every script requested until hydration is in the loader's list: no second round trip for route chunks. */
function expectListed(urlPath: string, requested: string[]): void {
  const listed = loaderList(readHtml(urlPath));
  expect(listed.length, urlPath).toBeGreaterThan(2);
  expect(requested.length, urlPath).toBeGreaterThan(0);
  expect(
    requested.filter((script) => !listed.includes(script)),
    urlPath,
  ).toEqual([]);
}

test.describe('the HTML of a page', () => {
  test('leaves its scripts to the loader at the end of <body>, so they are requested after the first paint', () => {
    for (const route of [PLAIN_CHAPTER, '/', '/playground']) {
      const html = readHtml(route);
      expect(html, route).not.toMatch(/<script[^>]*\ssrc=/);
      expect(html, route).not.toMatch(/<link[^>]*\bas=["']?script/);
      const list = loaderList(html);
      expect(list[0], route).toMatch(/^\/assets\/js\/runtime~main\.[0-9a-f]+\.js$/);
      expect(list.at(-1), route).toMatch(/^\/assets\/js\/main\.[0-9a-f]+\.js$/);
      // The route's own chunks sit between them, so they download alongside main.js.
      expect(list.length, route).toBeGreaterThan(2);
    }
  });

  test('has no "wrong baseUrl" banner script, which would take the deferred main.js for a broken site', () => {
    expect(readHtml('/')).not.toContain('base-url-issue-banner');
  });
});

test.describe('start-up of a page', () => {
  test.use({viewport: {width: 412, height: 800}});

  // Each page is loaded once for all its start-up checks: the same load is counted, its scripts
  // compared with the loader's list and, for the install guide, its server blocks watched.
  test(`a plain chapter makes at most ${PLAIN_CHAPTER_MAX_REQUESTS} requests before it is interactive, and ${PLAIN_CHAPTER} lists every script it runs until hydrated`, async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const scripts = await scriptsUntilHydrated(page, PLAIN_CHAPTER);
    await test.step(`at most ${PLAIN_CHAPTER_MAX_REQUESTS} requests`, () => {
      console.log(`plain chapter: ${requests.length} requests until hydrated`);
      expect(requests.length, requests.join('\n')).toBeLessThanOrEqual(PLAIN_CHAPTER_MAX_REQUESTS);
    });
    await test.step('lists every script it runs', () => expectListed(PLAIN_CHAPTER, scripts));
  });

  test('/ lists every script it runs until hydrated (no second round trip for route chunks)', async ({
    page,
  }) => {
    expectListed('/', await scriptsUntilHydrated(page, '/'));
  });

  test(`${INSTALL_GUIDE} lists every script it runs until hydrated, and hydration on a phone keeps the server-rendered code blocks, tabs, sidebar and table of contents (no remount)`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const win = window as unknown as {removedBlocks: number};
      win.removedBlocks = 0;
      const watched =
        '.dg-code, .tabs-container, [role="tabpanel"], .theme-doc-sidebar-menu, .theme-doc-toc-desktop, .theme-doc-toc-mobile';
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of Array.from(record.removedNodes)) {
            if (node instanceof Element && (node.matches(watched) || node.querySelector(watched)))
              win.removedBlocks++;
          }
        }
      }).observe(document, {childList: true, subtree: true});
    });
    const scripts = await scriptsUntilHydrated(page, INSTALL_GUIDE);
    await test.step('lists every script it runs', () => expectListed(INSTALL_GUIDE, scripts));
    expect(await page.locator('.dg-code').count()).toBeGreaterThan(3);
    expect(await page.locator('.tabs-container').count()).toBeGreaterThan(0);
    expect(await page.locator('.theme-doc-sidebar-menu').count()).toBeGreaterThan(0);
    await expect(page.locator('.theme-doc-toc-desktop')).toHaveCount(1);
    expect(
      await page.evaluate(() => (window as unknown as {removedBlocks: number}).removedBlocks),
    ).toBe(0);
  });

  test.describe('on a desktop', () => {
    test.use({viewport: {width: 1280, height: 800}});

    test('does not prefetch the chunks of every link in view', async ({page}) => {
      await gotoHydrated(page, PLAIN_CHAPTER);
      await page.mouse.wheel(0, 4000);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('link[rel="prefetch"]')).toHaveCount(0);
    });
  });

  test('a chapter with a Mermaid diagram loads Mermaid only when the diagram comes near', async ({
    page,
  }) => {
    const atLoad = await scriptsDuring(page, async () => {
      await gotoHydrated(page, MERMAID_CHAPTER);
    });
    expect(runsMermaid(atLoad), 'Mermaid ran before the diagram was near').toBe(false);
    await expect(page.locator('.docusaurus-mermaid-container svg')).toHaveCount(0);
    const onScroll = await scriptsDuring(page, async () => {
      await page.locator('.dg-mermaid').first().scrollIntoViewIfNeeded();
      await expect(page.locator('.docusaurus-mermaid-container svg').first()).toBeVisible({
        timeout: 30_000,
      });
    });
    expect(runsMermaid(onScroll)).toBe(true);
  });

  for (const width of [412, 1280]) {
    test(`the playground page has the terminal in its HTML: nothing moves when the engine arrives (${width} px)`, async ({
      openContext,
    }) => {
      const page = await (await openContext({viewport: {width, height: 800}})).newPage();
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          const app = document.querySelector('[data-testid="playground-app"]');
          const input = app?.querySelector('input');
          Object.assign(window, {
            firstHeight: app?.getBoundingClientRect().height ?? -1,
            firstDisabled: input?.disabled ?? null,
          });
        });
      });
      await gotoHydrated(page, '/playground');
      await expect(page.locator('[data-testid="terminal-input"]')).toBeEnabled({timeout: 20_000});
      // The engine comes when the reader does (the pointer on the terminal).
      await comeToPlayground(page);
      const first = await page.evaluate(() => {
        const {firstHeight, firstDisabled} = window as unknown as {
          firstHeight: number;
          firstDisabled: boolean | null;
        };
        return {firstHeight, firstDisabled};
      });
      const ready = await page
        .locator('[data-testid="playground-app"]')
        .evaluate((app) => app.getBoundingClientRect().height);
      expect(first.firstDisabled).toBe(true);
      expect(first.firstHeight).toBeGreaterThan(300);
      expect(Math.abs(ready - first.firstHeight)).toBeLessThanOrEqual(1);
    });
  }
});
