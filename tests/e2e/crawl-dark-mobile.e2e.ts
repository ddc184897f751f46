import {runAxe} from './axe';
import {expect, expectClean, gotoHydrated, PHONE, test} from './fixtures';
import {sitemapPaths} from '../support/build';

test.describe('every sitemap page in dark mode at 360 px', () => {
  test.use({colorScheme: 'dark', viewport: PHONE});

  for (const urlPath of sitemapPaths()) {
    test(urlPath, async ({page, problems}) => {
      await gotoHydrated(page, urlPath);
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
      expectClean(problems);
    });
  }
});
