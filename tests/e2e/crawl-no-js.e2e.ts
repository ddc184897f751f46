import {DESKTOP, expect, test} from './fixtures';
import {sitemapPaths} from '../support/build';

test.describe('every sitemap page is readable with JavaScript off', () => {
  for (const urlPath of sitemapPaths()) {
    test(urlPath, async ({reusedPage}) => {
      const page = await reusedPage({
        name: 'JavaScript off',
        context: {javaScriptEnabled: false},
        viewport: DESKTOP,
        colorScheme: 'light',
      });
      const response = await page.goto(urlPath);
      expect(response?.status(), `status of ${urlPath}`).toBe(200);
      const heading = (await page.locator('h1').first().innerText()).trim();
      expect(heading.length).toBeGreaterThan(0);
      const mainText = await page.locator('main').first().innerText();
      expect(mainText.replace(/\s+/g, ' ').length).toBeGreaterThan(200);
    });
  }
});
