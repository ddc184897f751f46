import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, BrowserContext} from 'playwright-core';
import {launchBrowser, newContext, watchPage} from './browser';
import {runAxe} from './axe';
import {sitemapPaths} from './site';
import {gotoHydrated} from './pages';

const baseURL = inject('baseURL');

describe('every sitemap page in dark mode at 360 px', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, {colorScheme: 'dark', width: 360, height: 740});
  });
  afterAll(async () => browser?.close());

  for (const urlPath of sitemapPaths()) {
    it(urlPath, async () => {
      const page = await context.newPage();
      const problems = watchPage(page, baseURL);
      await gotoHydrated(page, baseURL + urlPath);
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
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
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      await page.close();
    });
  }
});
