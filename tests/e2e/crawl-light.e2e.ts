import {runAxe} from './axe';
import {expect, expectClean, test} from './fixtures';
import {sitemapPaths} from '../support/build';
import {listDocs, NOT_CHAPTERS} from '../support/docs';

const chapterUrls = new Set(
  listDocs()
    .filter((doc) => !(doc.file in NOT_CHAPTERS))
    .map((doc) => doc.url),
);
const paths = sitemapPaths();

test.describe('every sitemap page in light mode, desktop width', () => {
  test('has pages to crawl', () => expect(paths.length).toBeGreaterThan(1));

  for (const urlPath of paths) {
    test(urlPath, async ({page, problems}) => {
      const response = await page.goto(urlPath, {waitUntil: 'networkidle'});
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
      await expect(page).toHaveTitle(/\S.* \| 도커 길잡이$|^도커 길잡이/);
      const description = await page.getAttribute('meta[name="description"]', 'content');
      expect(description?.trim().length ?? 0).toBeGreaterThan(10);
      if (chapterUrls.has(urlPath)) {
        // The goals admonition must render as an admonition, not as plain text.
        const goals = page.locator('.theme-admonition-info', {hasText: '이 장을 마치면'});
        await expect(goals.first()).toBeVisible();
      }
      expect(await runAxe(page)).toEqual([]);
      expectClean(problems);
    });
  }
});
