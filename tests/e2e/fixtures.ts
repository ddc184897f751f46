// Playwright Test fixtures shared by every browser test: the built site served once per worker,
// a watcher for console errors, uncaught errors and requests to other hosts, and extra browser
// contexts that are closed when the test ends, whether it passed or not.
import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type Response,
} from '@playwright/test';
import {requireBuild} from '../support/build';
import {startStaticServer} from './static-server';

export {expect};
export type {BrowserContext, Page};

export interface Site {
  /** http://127.0.0.1:<port>, no trailing slash. */
  readonly url: string;
  readonly buildDir: string;
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

/** No console error, no uncaught error, no request to another host. */
export function expectClean(problems: PageProblems): void {
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.pageErrors, 'uncaught errors').toEqual([]);
  expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
}

/** Docusaurus marks <html data-has-hydrated="true"> once the first client render has committed. */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

/**
 * Loads a page (status 200) and waits until React has hydrated it. `networkidle` alone can
 * fire before a slow main.js runs on a loaded machine, and then key handlers (Ctrl+K) and
 * route chunks are not there yet; hydration is time-sliced, so a key pressed in between can
 * reach a widget not yet hydrated. One network-idle wait, after hydration, covers the chunks
 * loaded late: a second one on the way in cost 0.5 s of idle per page in every crawl.
 */
export async function gotoHydrated(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url, {waitUntil: 'load'});
  expect(response?.status(), `status of ${url}`).toBe(200);
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  return response;
}

/**
 * Comes to the page's first playground with the pointer, as a reader does, and waits for the
 * engine this brings (a new session asks for it only then: PlaygroundApp's needsEngineAtOnce).
 */
export async function comeToPlayground(page: Page): Promise<void> {
  const app = page.locator('[data-testid="playground-app"]').first();
  await app.hover();
  await expect(app).toHaveAttribute('data-engine', 'ready', {timeout: 20_000});
}

export type OpenContext = (options?: BrowserContextOptions) => Promise<BrowserContext>;

/** What a test asks of the page its worker keeps for a crawl (see `reusedPage`). */
export interface ReusedPageRequest {
  /** Tells the worker's kept pages apart: one context and page per name. */
  readonly name: string;
  /** Options of the page's context, fixed when the worker first asks for this name. */
  readonly context?: BrowserContextOptions;
  /** Runs on each new page of this name (an init script, a user-agent override). */
  readonly setUp?: (page: Page) => Promise<void>;
  /** Set before every test, as the page keeps what the previous test left. */
  readonly viewport: {readonly width: number; readonly height: number};
  readonly colorScheme: 'light' | 'dark';
  readonly reducedMotion?: 'reduce' | 'no-preference';
}

/** Returns the worker's kept page for the request, reset for a new test. */
export type ReusedPage = (request: ReusedPageRequest) => Promise<Page>;

interface KeptPage {
  readonly context: BrowserContext;
  page: Page;
}

interface WorkerFixtures {
  site: Site;
  keptPages: Map<string, KeptPage>;
}

interface TestFixtures {
  /** What the test's `page` logged or requested that it should not have. */
  problems: PageProblems;
  /** A further browser context (same defaults as `context`), closed after the test. */
  openContext: OpenContext;
  /**
   * A page the worker keeps from test to test, for crawls that load many pages and only read
   * them. A same-site navigation keeps the renderer process, so the site's scripts and
   * axe-core are compiled once per worker rather than once per test: on this machine a new
   * page cost 0.4–0.7 s, evaluating axe-core's source 0.55–0.85 s in a new page against
   * 0.15–0.27 s in a kept one, and its first run about 0.6 s more than later ones
   * (docs-dev/test-times.md, session 12). Listeners for console messages, errors and
   * requests are removed and the site's storage is cleared after each test.
   */
  reusedPage: ReusedPage;
}

async function newKeptPage(context: BrowserContext, request: ReusedPageRequest): Promise<Page> {
  const page = await context.newPage();
  await request.setUp?.(page);
  return page;
}

/** Events the tests listen to on a page; a kept page drops their listeners between tests. */
const PER_TEST_EVENTS = ['console', 'pageerror', 'request', 'response', 'requestfailed'] as const;

export const test = base.extend<TestFixtures, WorkerFixtures>({
  site: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
    async ({}, use) => {
      const buildDir = requireBuild();
      const server = await startStaticServer(buildDir);
      await use({url: server.url, buildDir});
      await server.close();
    },
    {scope: 'worker'},
  ],
  keptPages: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
    async ({}, use) => {
      const kept = new Map<string, KeptPage>();
      await use(kept);
      await Promise.all([...kept.values()].map(({context}) => context.close()));
    },
    {scope: 'worker'},
  ],
  baseURL: async ({site}, use) => use(site.url),
  problems: async ({page, site}, use) => use(watchPage(page, site.url)),
  openContext: async ({browser, site, locale, viewport, colorScheme}, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({
        baseURL: site.url,
        locale,
        viewport,
        colorScheme,
        ...options,
      });
      contexts.push(context);
      return context;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
  reusedPage: async ({browser, keptPages, site, locale}, use) => {
    const handedOut: {page: Page; javaScript: boolean}[] = [];
    await use(async (request) => {
      let kept = keptPages.get(request.name);
      if (!kept) {
        const context = await browser.newContext({baseURL: site.url, locale, ...request.context});
        kept = {context, page: await newKeptPage(context, request)};
        keptPages.set(request.name, kept);
      }
      // A test that failed may have left its page crashed or closed.
      if (kept.page.isClosed()) kept.page = await newKeptPage(kept.context, request);
      const {page} = kept;
      await page.setViewportSize(request.viewport);
      await page.emulateMedia({
        colorScheme: request.colorScheme,
        reducedMotion: request.reducedMotion ?? 'no-preference',
      });
      handedOut.push({page, javaScript: request.context?.javaScriptEnabled !== false});
      return page;
    });
    for (const {page, javaScript} of handedOut) {
      for (const event of PER_TEST_EVENTS) page.removeAllListeners(event);
      if (page.isClosed() || !javaScript || !page.url().startsWith('http')) continue;
      // What a page stored (an OS choice, progress) must not reach the next test's page.
      await page
        .evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        })
        .catch(() => page.close());
    }
  },
});

/** Waits until every CSS transition has ended (Infima fades colours over 200 ms), e.g. after a
 * colour-scheme switch, so that axe judges settled colours. */
export async function transitionsDone(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation instanceof CSSTransition)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/** Viewport of a small phone: the width every page must fit without sideways scrolling. */
export const PHONE = {width: 360, height: 740} as const;

/** The desktop viewport of every spec (playwright.config.ts). */
export const DESKTOP = {width: 1280, height: 800} as const;

/**
 * Waits until React has hydrated the element (it carries React's internal keys). Hydration is
 * time-sliced: the page can be marked hydrated while a widget further down is not yet, and a
 * click on it then would be lost.
 */
export async function waitForReact(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((sel) => {
    const element = document.querySelector(sel);
    return !!element && Object.keys(element).some((key) => key.startsWith('__react'));
  }, selector);
}

/** Opens a built page (status 200), hydrated, and waits until React owns `widget`. */
export async function openWidget(page: Page, url: string, widget: string): Promise<void> {
  await gotoHydrated(page, url);
  await waitForReact(page, widget);
}

/**
 * Scrolls to the end and back half a screen at a time, so every block of a chapter has been
 * rendered once: blocks far from the viewport are skipped (content-visibility: auto in
 * src/css/custom.css), and what depends on layout (a ResizeObserver's marks, remembered heights)
 * is only there for blocks the browser has laid out.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    for (let top = 0; top < document.documentElement.scrollHeight; top += innerHeight / 2) {
      window.scrollTo(0, top);
      await frame();
      await frame();
    }
    window.scrollTo(0, 0);
    // Widgets the scroll brought near load and render now; measure once the article is quiet.
    await new Promise<void>((resolve) => {
      let timer = setTimeout(done, 500);
      const observer = new MutationObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(done, 500);
      });
      function done() {
        observer.disconnect();
        resolve();
      }
      observer.observe(document.querySelector('.markdown')!, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
  });
}

/**
 * The text a reader sees in `selector`, as they would copy it: what is displayed, blocks the
 * browser has not laid out yet included. innerText leaves those out (content-visibility: auto).
 */
export function shownText(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(sel)!);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const text = selection.toString();
    selection.removeAllRanges();
    return text;
  }, selector);
}

/** Before the page loads: sums its layout shifts not caused by input (read with layoutShiftSoFar). */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const win = window as unknown as {layoutShift: number};
    win.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
      }[]) {
        if (!entry.hadRecentInput) win.layoutShift += entry.value;
      }
    }).observe({type: 'layout-shift', buffered: true});
  });
}

/** The layout shift watchLayoutShifts has counted so far. */
export function layoutShiftSoFar(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as {layoutShift: number}).layoutShift);
}
