import {expect, test} from './fixtures';
import {sitemapPaths} from '../support/build';

test.describe('every sitemap page is readable with JavaScript off', () => {
  test.use({javaScriptEnabled: false});

  for (const urlPath of sitemapPaths()) {
    test(urlPath, async ({page}) => {
      await page.goto(urlPath);
      const heading = (await page.locator('h1').first().innerText()).trim();
      expect(heading.length).toBeGreaterThan(0);
      const mainText = await page.locator('main').first().innerText();
      expect(mainText.replace(/\s+/g, ' ').length).toBeGreaterThan(200);
    });
  }
});
