import fs from 'node:fs';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {launchBrowser, newContext, watchPage} from './browser';
import {runAxe} from './axe';
import {assetFile, readHtml} from '../support/build';
import {sitemapPaths} from './site';
import {gotoHydrated, waitForHydration} from './pages';

const baseURL = inject('baseURL');
const PAGE = '/playground';
const INPUT = '[data-testid="playground-app"] [data-testid="terminal-input"]';
// The command line is in the page's HTML, switched on when the engine has arrived.
const READY_INPUT = `${INPUT}:not([disabled])`;
const LOG = '[data-testid="playground-app"] [role="log"]';
// A line only the engine's hello-world image prints: if a page's scripts contain it, the engine is on that page.
const ENGINE_MARKER = 'This message shows that your installation appears to be working correctly.';

async function openPlayground(context: BrowserContext, path = PAGE): Promise<Page> {
  const page = await context.newPage();
  await gotoHydrated(page, baseURL + path);
  await page.waitForSelector(READY_INPUT, {timeout: 20_000});
  return page;
}

async function runCommand(page: Page, line: string): Promise<void> {
  const before = await page.$$eval(`${LOG} > *`, (nodes) => nodes.length);
  await page.waitForSelector(READY_INPUT);
  await page.focus(INPUT);
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([selector, count]) => document.querySelectorAll(`${selector} > *`).length > (count as number),
    [LOG, before] as const,
  );
}

const logText = (page: Page): Promise<string> =>
  page.$eval(LOG, (node) => (node as HTMLElement).innerText);

async function containerRow(
  page: Page,
  name: string,
): Promise<{state: string; text: string} | null> {
  return page.evaluate((wanted) => {
    const rows = Array.from(document.querySelectorAll('[data-testid="panel-containers"] tbody tr'));
    const row = rows.find((candidate) => candidate.querySelector('th')?.textContent === wanted);
    if (!row) return null;
    return {
      state: row.querySelector('[data-state]')?.getAttribute('data-state') ?? '',
      text: (row as HTMLElement).innerText,
    };
  }, name);
}

describe('the /playground page', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
  });
  afterAll(async () => browser?.close());

  it('runs docker commands, prints what Docker prints and shows the state', async () => {
    const page = await openPlayground(context);
    const problems = watchPage(page, baseURL);
    await runCommand(page, 'docker pull nginx');
    expect(await logText(page)).toContain('Status: Downloaded newer image for nginx:latest');
    await runCommand(page, 'docker run -d -p 8080:80 --name web nginx');
    expect(await logText(page)).toMatch(/\n[0-9a-f]{64}\n?/);
    await runCommand(page, 'docker ps');
    const text = await logText(page);
    expect(text).toMatch(/CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES/);
    expect(text).toContain('0.0.0.0:8080->80/tcp');
    const row = await containerRow(page, 'web');
    expect(row?.state).toBe('running');
    expect(row?.text).toContain('실행 중');
    expect(row?.text).toContain('0.0.0.0:8080->80/tcp');
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);

    // Errors go to stderr and are styled as such.
    await runCommand(page, 'docker run -d -p 8080:80 --name web nginx');
    const stderr = await page.$$eval(`${LOG} [data-stream="stderr"]`, (nodes) =>
      nodes.map((node) => node.textContent),
    );
    expect(stderr.join('\n')).toContain('is already in use by container');

    // The session survives a reload…
    await page.reload({waitUntil: 'networkidle'});
    await waitForHydration(page);
    await page.waitForSelector(INPUT);
    expect(await logText(page)).toContain('docker run -d -p 8080:80 --name web nginx');
    expect((await containerRow(page, 'web'))?.state).toBe('running');
    await runCommand(page, 'docker ps --format "{{.Names}}"');
    expect(await logText(page)).toMatch(/\nweb\n?/);

    // …and 초기화 starts over.
    await page.getByRole('button', {name: '초기화'}).click();
    expect(await containerRow(page, 'web')).toBeNull();
    expect(await logText(page)).not.toContain('docker pull nginx');
    await page.reload({waitUntil: 'networkidle'});
    await waitForHydration(page);
    await page.waitForSelector(INPUT);
    expect(await containerRow(page, 'web')).toBeNull();
    await page.close();
  });

  it('works from the keyboard alone: reach, history, completion, and Esc then Tab leaves the terminal', async () => {
    const page = await context.newPage();
    await gotoHydrated(page, baseURL + PAGE);
    await page.waitForSelector(INPUT);
    let reached = false;
    for (let i = 0; i < 80 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        (selector) => document.activeElement === document.querySelector(selector),
        INPUT,
      );
    }
    expect(reached, 'Tab reaches the command line').toBe(true);

    await page.keyboard.type('docker run hello-world');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent?.includes('Hello from Docker!'),
      LOG,
    );

    await page.keyboard.press('ArrowUp');
    expect(await page.inputValue(INPUT)).toBe('docker run hello-world');
    await page.keyboard.press('Escape');
    await page.fill(INPUT, '');

    await page.keyboard.type('docker ima');
    await page.keyboard.press('Tab');
    expect(await page.inputValue(INPUT)).toMatch(/^docker image/);
    expect(
      await page.evaluate(
        (selector) => document.activeElement === document.querySelector(selector),
        INPUT,
      ),
    ).toBe(true);

    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const outside = await page.evaluate(() => {
      const active = document.activeElement;
      return Boolean(
        active && active !== document.body && !active.closest('[data-testid="terminal"]'),
      );
    });
    expect(outside, 'Esc then Tab moves focus out of the terminal').toBe(true);
    await page.close();
  });

  it('does not run a line when Enter only commits Korean IME input', async () => {
    const page = await openPlayground(context);
    await page.focus(INPUT);
    await page.fill(INPUT, '');
    await page.keyboard.type('echo ');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', {text: '안녕', selectionStart: 2, selectionEnd: 2});
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
    });
    await cdp.send('Input.insertText', {text: '안녕'});
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
    });
    expect(await page.inputValue(INPUT)).toBe('echo 안녕');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (selector) =>
        Array.from(document.querySelectorAll(`${selector} [data-stream="stdout"]`)).some(
          (node) => node.textContent === '안녕',
        ),
      LOG,
    );
    expect(await page.inputValue(INPUT)).toBe('');
    await page.close();
  });

  it('ticks a scenario step from the engine state', async () => {
    const page = await openPlayground(context);
    const start = page.locator('[data-scenario] button').first();
    const id = await start.evaluate((button) =>
      button.closest('[data-scenario]')?.getAttribute('data-scenario'),
    );
    await start.click();
    await page.waitForSelector('[data-testid="scenario-guide"]');
    expect(new URL(page.url()).searchParams.get('scenario')).toBe(id);
    const firstStatus = await page.$eval('[data-testid="scenario-guide"] li', (li) =>
      li.getAttribute('data-status'),
    );
    expect(firstStatus).toBe('current');
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe in ${colorScheme} mode, with output, errors and a scenario shown`, async () => {
      const schemeContext = await newContext(browser, {colorScheme});
      const page = await openPlayground(schemeContext, `${PAGE}?scenario=nginx-port`);
      await page.waitForSelector('[data-testid="scenario-guide"]');
      await page.getByRole('button', {name: '힌트 보기'}).first().click();
      await runCommand(page, 'docker run -d --name web -p 8080:80 nginx');
      await runCommand(page, 'docker rm web');
      await runCommand(page, 'docker ps -a');
      const violations = await runAxe(page);
      expect(violations).toEqual([]);
      await schemeContext.close();
    });
  }

  it('fits a 360 px screen', async () => {
    const narrow = await newContext(browser, {width: 360, height: 740});
    const page = await openPlayground(narrow);
    await runCommand(page, 'docker run -d --name web -p 8080:80 nginx');
    await runCommand(page, 'docker ps');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await narrow.close();
  });

  it('without JavaScript says it needs it and shows every scenario as text', async () => {
    const noJs = await newContext(browser, {javaScriptEnabled: false});
    const page = await noJs.newPage();
    await page.goto(baseURL + PAGE);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('플레이그라운드는 JavaScript가 필요합니다');
    const cards = await page.$$eval('[data-scenario]', (nodes) =>
      nodes.map((node) => ({
        steps: node.querySelectorAll('ol li').length,
        code: node.querySelectorAll('code').length,
      })),
    );
    expect(cards.length).toBeGreaterThanOrEqual(10);
    for (const card of cards) {
      expect(card.steps).toBeGreaterThan(0);
      expect(card.code).toBeGreaterThan(0);
    }
    expect(text).toContain('docker run hello-world');
    await noJs.close();
  });
});

describe('page weight', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  async function scriptsOf(path: string, scroll = false): Promise<string[]> {
    const context = await newContext(browser);
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    await gotoHydrated(page, baseURL + path);
    if (scroll) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
    }
    await context.close();
    return [...scripts].map((pathname) => assetFile(pathname));
  }

  const hasEngine = (files: readonly string[]): boolean =>
    files.some((file) => fs.readFileSync(file, 'utf8').includes(ENGINE_MARKER));

  it('a plain chapter does not load the engine', async () => {
    expect(hasEngine(await scriptsOf('/docs/intro'))).toBe(false);
  });

  it('the playground page does load it (so the marker is a real one)', async () => {
    expect(hasEngine(await scriptsOf(PAGE))).toBe(true);
  });
});

describe('a chapter with an embedded playground', () => {
  let browser: Browser;
  // The first chapter whose static HTML holds a playground block (chapters add them over time).
  const chapter = sitemapPaths().find(
    (path) => path.startsWith('/docs/') && /data-playground=/.test(readHtml(path)),
  );

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it.runIf(chapter)('shows the steps without JavaScript', async () => {
    const context = await newContext(browser, {javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(baseURL + chapter!);
    const block = page.locator('[data-playground]').first();
    const text = await block.innerText();
    expect(text).toContain('플레이그라운드는 JavaScript가 필요합니다');
    expect(await block.locator('ol li').count()).toBeGreaterThan(0);
    await context.close();
  });

  it.runIf(chapter)('loads the terminal only near the viewport, then runs commands', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchPage(page, baseURL);
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    await gotoHydrated(page, baseURL + chapter!);
    const farBelow = await page.$eval(
      '[data-playground]',
      (node) => node.getBoundingClientRect().top > window.innerHeight + 600,
    );
    const engineLoaded = (): boolean =>
      [...scripts].some((pathname) =>
        fs.readFileSync(assetFile(pathname), 'utf8').includes(ENGINE_MARKER),
      );
    console.log(`${chapter}: playground ${farBelow ? 'below the fold' : 'near the top'}`);
    if (farBelow)
      expect(engineLoaded(), 'engine fetched before the playground is near').toBe(false);
    await page.locator('[data-playground]').first().scrollIntoViewIfNeeded();
    const input = page.locator('[data-playground] [data-testid="terminal-input"]').first();
    await input.waitFor({timeout: 20_000});
    await expect.poll(() => input.isEnabled(), {timeout: 20_000}).toBe(true);
    expect(engineLoaded()).toBe(true);
    await input.fill('docker run hello-world');
    await input.press('Enter');
    await page.waitForFunction(() =>
      document
        .querySelector('[data-playground] [role="log"]')
        ?.textContent?.includes('Hello from Docker!'),
    );
    expect(await runAxe(page, '[data-playground]')).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
