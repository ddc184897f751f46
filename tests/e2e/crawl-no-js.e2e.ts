import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, BrowserContext} from 'playwright-core';
import {launchBrowser, newContext} from './browser';
import {sitemapPaths} from './site';

const baseURL = inject('baseURL');

describe('every sitemap page is readable with JavaScript off', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, {javaScriptEnabled: false});
  });
  afterAll(async () => browser?.close());

  for (const urlPath of sitemapPaths()) {
    it(urlPath, async () => {
      const page = await context.newPage();
      await page.goto(baseURL + urlPath);
      const heading = (await page.locator('h1').first().innerText()).trim();
      expect(heading.length).toBeGreaterThan(0);
      const mainText = await page.locator('main').first().innerText();
      expect(mainText.replace(/\s+/g, ' ').length).toBeGreaterThan(200);
      await page.close();
    });
  }
});
