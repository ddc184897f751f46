import {runAxe} from './axe';
import {expect, gotoHydrated, test, waitForHydration, type Page} from './fixtures';
import {QUERY_SET} from './search-queries';

/** Result page paths once the search page says how many it found (or that it found none). */
async function resultLinks(page: Page): Promise<string[]> {
  await expect(page.locator('main')).toContainText(/개 문서를 찾았습니다|결과가 없습니다/, {
    timeout: 15_000,
  });
  return page.$$eval('main a[href]', (links) =>
    links
      .filter((link) => link.closest('ul[aria-label="검색 결과"]'))
      .map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

const MAIN_JS = /\/assets\/js\/main\.[0-9a-f]+\.js$/;

test.describe('search', () => {
  for (const [query, expected] of QUERY_SET) {
    test(`"${query}" finds the right page in the top 5`, async ({page, problems}) => {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      const pages = [
        ...new Set((await resultLinks(page)).filter((href) => !href.includes('#'))),
      ].slice(0, 5);
      expect(
        pages.some((href) => expected.includes(href)),
        `top 5: ${pages.join(', ')}`,
      ).toBe(true);
      expect(problems.consoleErrors).toEqual([]);
    });
  }

  test('does not load Pagefind before the page has hydrated', async ({page}) => {
    // Started before hydration, Pagefind's worker unpacked the index while main.js ran
    // (Lighthouse mobile median 92 → 95.5 without it, 12 runs each).
    // A fresh context: no service worker yet, which would serve main.js past the route block.
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.route(MAIN_JS, (route) => route.abort());
    await page.goto(`/search?q=${encodeURIComponent('네임스페이스')}`, {waitUntil: 'networkidle'});
    expect(requested.some((url) => MAIN_JS.test(url))).toBe(true);
    await expect(page.locator('html')).not.toHaveAttribute('data-has-hydrated', 'true');
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  });

  test('loads Pagefind once the search page has hydrated', async ({page}) => {
    const pagefind = page.waitForRequest((request) =>
      request.url().endsWith('/pagefind/pagefind.js'),
    );
    await gotoHydrated(page, `/search?q=${encodeURIComponent('네임스페이스')}`);
    await pagefind;
  });

  test('does not load Pagefind on any other page, even with ?q=', async ({page}) => {
    const elsewhere: string[] = [];
    page.on('request', (request) => elsewhere.push(request.url()));
    await gotoHydrated(page, '/docs/intro?q=docker');
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(elsewhere.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  });

  test('keeps the query in the URL, so a reload shows the same results', async ({page}) => {
    await gotoHydrated(page, '/search');
    await page.fill('main input[type="search"]', 'Docker');
    await page.waitForURL(/\?q=Docker/);
    const first = await resultLinks(page);
    expect(first.length).toBeGreaterThan(0);
    await page.reload({waitUntil: 'networkidle'});
    await waitForHydration(page);
    await expect(page.locator('main input[type="search"]')).toHaveValue('Docker');
    expect(await resultLinks(page)).toEqual(first);
  });

  test('works from the keyboard alone: Ctrl+K, type, arrows, Enter; Esc returns focus', async ({
    page,
    problems,
  }) => {
    await gotoHydrated(page, '/docs/intro');
    await page.keyboard.press('Control+k');
    const input = page.locator('dialog input[type="search"]');
    await expect(input).toBeFocused();
    await page.keyboard.type('Docker');
    await expect(page.locator('dialog [role="option"]').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(input).toHaveAttribute('aria-activedescendant', /.+/);
    const activeId = await input.getAttribute('aria-activedescendant');
    const target = await page.locator(`[id="${activeId}"]`).getAttribute('href');
    expect(target).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === target);
    await expect(page.locator('dialog[open]')).toHaveCount(0);

    // "/" opens it too; Esc closes it and gives focus back to where it was.
    const opener = page.locator('.navbar button[aria-haspopup="dialog"]');
    await opener.focus();
    await page.keyboard.press('/');
    await expect(page.locator('dialog[open]')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog[open]')).toHaveCount(0);
    await expect(opener).toBeFocused();
    expect(problems.consoleErrors).toEqual([]);
  });

  test('traps focus inside the open dialog', async ({page}) => {
    await gotoHydrated(page, '/docs/intro');
    await page.keyboard.press('Control+k');
    await expect(page.locator('dialog[open]')).toHaveCount(1);
    await expect(page.locator('dialog input[type="search"]')).toBeFocused();
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(
        true,
      );
    }
  });

  test('Enter while a Hangul syllable is composing completes it instead of opening a result', async ({
    context,
    page,
  }) => {
    await gotoHydrated(page, '/docs/intro');
    await page.keyboard.press('Control+k');
    const input = page.locator('dialog input[type="search"]');
    await input.fill('도커 ');
    await expect(page.locator('dialog [role="option"]').first()).toBeVisible();
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
    await expect(input).toHaveValue('도커 검');
    expect(new URL(page.url()).pathname).toBe('/docs/intro');
    await expect(page.locator('dialog[open]')).toHaveCount(1);
  });

  test('suggests where to look when nothing matches', async ({page}) => {
    // Pagefind shortens an unknown Latin word until something matches, so the empty state needs a word no page has.
    await page.goto(`/search?q=${encodeURIComponent('뷁뷁뷁')}`);
    await expect(page.getByText('결과가 없습니다')).toBeVisible();
    await expect(page.locator('main a[href="/docs/intro"]')).toHaveCount(1);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`in ${colorScheme} mode`, () => {
      test.use({colorScheme});

      test('the open dialog with results passes axe', async ({page}) => {
        await gotoHydrated(page, '/docs/intro');
        await page.keyboard.press('Control+k');
        await page.locator('dialog input[type="search"]').fill('Docker');
        await expect(page.locator('dialog [role="option"]').first()).toBeVisible();
        expect(await runAxe(page, 'dialog')).toEqual([]);
      });
    });
  }

  test.describe('without JavaScript', () => {
    test.use({javaScriptEnabled: false});

    test('says plainly that search needs JavaScript', async ({page}) => {
      await page.goto('/search');
      await expect(page.locator('main')).toContainText('JavaScript가 필요합니다', {
        useInnerText: true,
      });
    });
  });
});
