import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {launchBrowser, newContext, watchPage} from './browser';
import {runAxe} from './axe';
import {gotoHydrated, waitForHydration} from './pages';
import {QUERY_SET} from './search-queries';

const baseURL = inject('baseURL');

async function resultLinks(page: Page): Promise<string[]> {
  await page.waitForFunction(
    () => /개 문서를 찾았습니다|결과가 없습니다/.test(document.body.innerText),
    undefined,
    {
      timeout: 15_000,
    },
  );
  return page.$$eval('main a[href]', (links) =>
    links
      .filter((link) => link.closest('ul[aria-label="검색 결과"]'))
      .map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

describe('search', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
  });
  afterAll(async () => browser?.close());

  it.each(QUERY_SET)('"%s" finds the right page in the top 5', async (query, expected) => {
    const page = await context.newPage();
    const problems = watchPage(page, baseURL);
    await page.goto(`${baseURL}/search?q=${encodeURIComponent(query)}`);
    const pages = [
      ...new Set((await resultLinks(page)).filter((href) => !href.includes('#'))),
    ].slice(0, 5);
    expect(
      pages.some((href) => expected.includes(href)),
      `top 5: ${pages.join(', ')}`,
    ).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('loads Pagefind only once the page has hydrated, and only on the search page', async () => {
    // Started before hydration, Pagefind's worker unpacked the index while main.js ran
    // (Lighthouse mobile median 92 → 95.5 without it, 12 runs each).
    // A context of its own: no service worker yet, which would serve main.js past the route block.
    const fresh = await newContext(browser);
    const page = await fresh.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.route(/\/assets\/js\/main\.[0-9a-f]+\.js$/, (route) => route.abort());
    await page.goto(`${baseURL}/search?q=${encodeURIComponent('네임스페이스')}`, {
      waitUntil: 'networkidle',
    });
    expect(requested.some((url) => /\/main\.[0-9a-f]+\.js$/.test(url))).toBe(true);
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await fresh.close();
    const hydrated = await context.newPage();
    const pagefind = hydrated.waitForRequest(
      (request) => request.url().endsWith('/pagefind/pagefind.js'),
      {timeout: 10_000},
    );
    await gotoHydrated(hydrated, `${baseURL}/search?q=${encodeURIComponent('네임스페이스')}`);
    await pagefind;
    await hydrated.close();
    const other = await context.newPage();
    const elsewhere: string[] = [];
    other.on('request', (request) => elsewhere.push(request.url()));
    await gotoHydrated(other, `${baseURL}/docs/intro?q=docker`);
    expect(elsewhere.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await other.close();
  });

  it('keeps the query in the URL, so a reload shows the same results', async () => {
    const page = await context.newPage();
    await gotoHydrated(page, `${baseURL}/search`);
    await page.fill('main input[type="search"]', 'Docker');
    await page.waitForURL(/\?q=Docker/);
    const first = await resultLinks(page);
    await page.reload({waitUntil: 'networkidle'});
    await waitForHydration(page);
    await expect.poll(() => page.inputValue('main input[type="search"]')).toBe('Docker');
    expect(await resultLinks(page)).toEqual(first);
    await page.close();
  });

  it('works from the keyboard alone: Ctrl+K, type, arrows, Enter; Esc returns focus', async () => {
    const page = await context.newPage();
    const problems = watchPage(page, baseURL);
    await gotoHydrated(page, `${baseURL}/docs/intro`);
    await page.keyboard.press('Control+k');
    const input = page.locator('dialog input[type="search"]');
    await expect
      .poll(() => input.evaluate((element) => element === document.activeElement))
      .toBe(true);
    await page.keyboard.type('Docker');
    await page.waitForSelector('dialog [role="option"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const activeId = await input.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    const target = await page.locator(`[id="${activeId}"]`).getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === target);
    expect(await page.locator('dialog[open]').count()).toBe(0);

    // "/" opens it too; Esc closes it and gives focus back to where it was.
    await page.locator('.navbar button[aria-haspopup="dialog"]').focus();
    await page.keyboard.press('/');
    await page.waitForSelector('dialog[open]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', {state: 'detached'});
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).toBe(
      'dialog',
    );
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('traps focus inside the open dialog', async () => {
    const page = await context.newPage();
    await gotoHydrated(page, `${baseURL}/docs/intro`);
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[open]');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('type')))
      .toBe('search');
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(
        true,
      );
    }
    await page.close();
  });

  it('Enter while a Hangul syllable is composing completes it instead of opening a result', async () => {
    const page = await context.newPage();
    await gotoHydrated(page, `${baseURL}/docs/intro`);
    await page.keyboard.press('Control+k');
    const input = page.locator('dialog input[type="search"]');
    await input.fill('도커 ');
    await page.waitForSelector('dialog [role="option"]');
    const client = await context.newCDPSession(page);
    await client.send('Input.imeSetComposition', {text: '검', selectionStart: 1, selectionEnd: 1});
    await client.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
    });
    await client.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
    });
    await client.send('Input.insertText', {text: '검'});
    expect(new URL(page.url()).pathname).toBe('/docs/intro');
    expect(await page.locator('dialog[open]').count()).toBe(1);
    expect(await input.inputValue()).toBe('도커 검');
    await page.close();
  });

  it('suggests where to look when nothing matches', async () => {
    const page = await context.newPage();
    // Pagefind shortens an unknown Latin word until something matches, so the empty state needs a word no page has.
    await page.goto(`${baseURL}/search?q=${encodeURIComponent('뷁뷁뷁')}`);
    await page.waitForSelector('text=결과가 없습니다');
    expect(await page.locator('main a[href="/docs/intro"]').count()).toBe(1);
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the open dialog with results passes axe in ${colorScheme} mode`, async () => {
      const themed = await newContext(browser, {colorScheme});
      const page = await themed.newPage();
      await gotoHydrated(page, `${baseURL}/docs/intro`);
      await page.keyboard.press('Control+k');
      await page.locator('dialog input[type="search"]').fill('Docker');
      await page.waitForSelector('dialog [role="option"]');
      expect(await runAxe(page, 'dialog')).toEqual([]);
      await themed.close();
    });
  }

  it('says plainly that search needs JavaScript when it is off', async () => {
    const noJs = await newContext(browser, {javaScriptEnabled: false});
    const page = await noJs.newPage();
    await page.goto(`${baseURL}/search`);
    expect(await page.locator('main').innerText()).toContain('JavaScript가 필요합니다');
    await noJs.close();
  });
});
