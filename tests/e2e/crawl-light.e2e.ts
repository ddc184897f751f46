import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, BrowserContext} from 'playwright-core';
import {launchBrowser, newContext, watchPage} from './browser';
import {runAxe} from './axe';
import {sitemapPaths} from './site';
import {listDocs, NOT_CHAPTERS} from '../support/docs';

const baseURL = inject('baseURL');
const chapterUrls = new Set(
  listDocs()
    .filter((doc) => !(doc.file in NOT_CHAPTERS))
    .map((doc) => doc.url),
);

describe('every sitemap page in light mode, desktop width', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, {colorScheme: 'light'});
  });
  afterAll(async () => browser?.close());

  const paths = sitemapPaths();
  it('has pages to crawl', () => expect(paths.length).toBeGreaterThan(1));

  for (const urlPath of paths) {
    it(urlPath, async () => {
      const page = await context.newPage();
      const problems = watchPage(page, baseURL);
      const response = await page.goto(baseURL + urlPath, {waitUntil: 'networkidle'});
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe('ko');
      const title = await page.title();
      expect(title).toMatch(/\S.* \| 도커 길잡이$|^도커 길잡이/);
      const description = await page.getAttribute('meta[name="description"]', 'content');
      expect(description?.trim().length ?? 0).toBeGreaterThan(10);
      if (chapterUrls.has(urlPath)) {
        // The goals admonition must render as an admonition, not as plain text.
        const goals = page.locator('.theme-admonition-info', {hasText: '이 장을 마치면'});
        expect(await goals.count()).toBeGreaterThan(0);
      }
      expect(await runAxe(page)).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
      await page.close();
    });
  }
});
