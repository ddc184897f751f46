import {runAxe} from './axe';
import {expect, gotoHydrated, PHONE, test} from './fixtures';

test.describe('reference pages', () => {
  test('용어집: the jump bar and the English index reach their anchors by keyboard', async ({
    page,
    problems,
  }) => {
    await gotoHydrated(page, '/docs/glossary');
    const jump = page.getByRole('navigation', {name: '초성으로 찾기'});
    const first = jump.getByRole('link').first();
    const key = (await first.textContent())!;
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe('#ko-1');
    await expect(page.locator('#ko-1')).toHaveText(key);

    const entry = page.locator('ul a[href="#namespace"]').first();
    await entry.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#namespace$/);
    await expect(page.locator('dt#namespace')).toBeInViewport();
    expect(problems.consoleErrors).toEqual([]);
  });

  // Dark mode at 360 px is the sitemap crawl's (nginx.e2e.ts: the same axe run and
  // overflow check on every page); light mode at 360 px is checked only here.
  for (const url of ['/docs/glossary', '/docs/command-map', '/docs/cheat-sheet', '/progress']) {
    test(`${url} passes axe in light mode and fits 360 px`, async ({openContext}) => {
      const page = await (await openContext({colorScheme: 'light', viewport: PHONE})).newPage();
      await gotoHydrated(page, url);
      expect(await runAxe(page), `${url} light`).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${url} overflows at 360 px`).toBeLessThanOrEqual(0);
    });
  }
});
