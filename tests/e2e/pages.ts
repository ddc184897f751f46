import {expect, inject} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {newContext, watchPage, type PageProblems} from './browser';

/** Opens a built page in a fresh context, watching it for errors and foreign requests. */
export async function open(
  browser: Browser,
  path: string,
  colorScheme: 'light' | 'dark' = 'light',
  width = 1280,
) {
  const baseURL = inject('baseURL');
  const context = await newContext(browser, {colorScheme, width});
  const page = await context.newPage();
  const problems = watchPage(page, baseURL);
  const response = await page.goto(baseURL + path, {waitUntil: 'networkidle'});
  expect(response?.status()).toBe(200);
  await waitForHydration(page);
  return {page, problems, close: () => context.close()};
}

/** No console error, no uncaught error, no request to another host. */
export function expectClean(problems: PageProblems): void {
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
}

/**
 * Loads a page and waits until React has hydrated it. `networkidle` alone can
 * fire before a slow main.js runs on a loaded machine, and then key handlers
 * (Ctrl+K) and route chunks are not there yet. The root's React key is set when
 * hydration starts, which is time-sliced: a key pressed in between can reach a
 * widget not yet hydrated. Docusaurus marks <html data-has-hydrated="true"> once
 * the first render has committed.
 */
export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url, {waitUntil: 'networkidle'});
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
}

/** Docusaurus marks <html data-has-hydrated="true"> once the first client render has committed. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.documentElement.getAttribute('data-has-hydrated') === 'true',
  );
}
