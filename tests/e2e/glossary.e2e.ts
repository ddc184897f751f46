import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchBrowser, newContext, watchPage} from './browser';
import {runAxe} from './axe';
import {gotoHydrated} from './pages';

const baseURL = inject('baseURL');

describe('reference pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('용어집: the jump bar and the English index reach their anchors by keyboard', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchPage(page, baseURL);
    await gotoHydrated(page, `${baseURL}/docs/glossary`);
    const jump = page.getByRole('navigation', {name: '초성으로 찾기'});
    const first = jump.getByRole('link').first();
    const key = (await first.textContent())!;
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe('#ko-1');
    expect(await page.locator('#ko-1').textContent()).toBe(key);

    const entry = page.locator('ul a[href="#namespace"]').first();
    await entry.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#namespace');
    const box = await page.locator('dt#namespace').boundingBox();
    expect(box && box.y >= 0 && box.y < 800).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it.each(['/docs/glossary', '/docs/command-map', '/docs/cheat-sheet', '/progress'])(
    '%s passes axe in light and dark, and fits 360 px',
    async (url) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await newContext(browser, {colorScheme, width: 360, height: 740});
        const page = await context.newPage();
        await gotoHydrated(page, `${baseURL}${url}`);
        expect(await runAxe(page), `${url} ${colorScheme}`).toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${url} overflows at 360 px`).toBeLessThanOrEqual(0);
        await context.close();
      }
    },
  );
});
