import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser} from './browser';
import {runAxe} from './axe';
import {expectClean, open} from './pages';

const EXPLORER = '[data-testid="namespace-explorer"]';
const LIMITER = '[data-testid="cgroup-limiter"]';

const selectedTab = (page: Page) =>
  page.locator(`${EXPLORER} [role="tab"][aria-selected="true"]`).textContent();
const visiblePanel = (page: Page) => page.locator(`${EXPLORER} [role="tabpanel"]:visible`);
const fileValue = (page: Page, name: string) =>
  page.locator(`${LIMITER} [data-file="${name}"]`).textContent();

describe('part 2: NamespaceExplorer', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('switches kind with the mouse', async () => {
    const {page, problems, close} = await open(browser, '/docs/containers/namespaces');
    await page.locator(EXPLORER).scrollIntoViewIfNeeded();
    expect(await selectedTab(page)).toBe('PID');
    await expect.poll(() => visiblePanel(page).count()).toBe(1);
    await page.locator(`${EXPLORER} [role="tab"]`, {hasText: '네트워크'}).click();
    expect(await selectedTab(page)).toBe('네트워크');
    expect(await visiblePanel(page).textContent()).toContain('--net');
    expect(await visiblePanel(page).textContent()).toContain('172.17.0.2/16');
    await page.locator(`${EXPLORER} [role="tab"]`, {hasText: '시간'}).click();
    expect(await visiblePanel(page).textContent()).toContain('5.6');
    expect(await visiblePanel(page).textContent()).toContain('--time');
    expectClean(problems);
    await close();
  });

  it('switches kind with the keyboard (arrows, Home, End) and keeps focus on the tab', async () => {
    const {page, problems, close} = await open(browser, '/docs/containers/namespaces');
    const pidTab = page.locator(`${EXPLORER} [role="tab"]`, {hasText: 'PID'});
    await pidTab.focus();
    await page.keyboard.press('ArrowRight');
    expect(await selectedTab(page)).toBe('네트워크');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('네트워크');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await selectedTab(page)).toBe('IPC');
    expect(await visiblePanel(page).textContent()).toContain('--ipc');
    await page.keyboard.press('Home');
    expect(await selectedTab(page)).toBe('마운트');
    await page.keyboard.press('ArrowLeft');
    expect(await selectedTab(page)).toBe('시간');
    await page.keyboard.press('End');
    expect(await selectedTab(page)).toBe('시간');
    // Tab moves out of the tab list into the selected panel.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
      'tabpanel',
    );
    expectClean(problems);
    await close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe in ${scheme} mode`, async () => {
      const {page, close} = await open(browser, '/docs/containers/namespaces', scheme);
      expect(await runAxe(page, EXPLORER)).toEqual([]);
      await page.locator(`${EXPLORER} [role="tab"]`, {hasText: '사용자'}).click();
      expect(await runAxe(page, EXPLORER)).toEqual([]);
      await close();
    });
  }

  it('fits in 360 px', async () => {
    const {page, close} = await open(browser, '/docs/containers/namespaces', 'light', 360);
    const overflow = await page.locator(EXPLORER).evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await close();
  });
});

describe('part 2: CgroupLimiter', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('updates flags and cgroup files from the keyboard', async () => {
    const {page, problems, close} = await open(browser, '/docs/containers/cgroups');
    expect(await fileValue(page, 'cpu.max')).toBe('150000 100000');
    const cpu = page.locator(`${LIMITER} input[data-limit="cpus"]`);
    await expect.poll(() => cpu.isEnabled()).toBe(true);
    await cpu.focus();
    await page.keyboard.press('ArrowRight');
    expect(await fileValue(page, 'cpu.max')).toBe('175000 100000');
    expect(await cpu.getAttribute('aria-valuetext')).toBe('코어 1.75개');

    const memory = page.locator(`${LIMITER} input[data-limit="memoryMiB"]`);
    await memory.focus();
    await page.keyboard.press('ArrowRight');
    expect(await fileValue(page, 'memory.max')).toBe(String(576 * 1024 * 1024));

    const pids = page.locator(`${LIMITER} input[data-limit="pids"]`);
    await pids.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await fileValue(page, 'pids.max')).toBe('240');

    expect(await page.locator('[data-testid="cgroup-command"]').textContent()).toBe(
      'docker run -d --cpus=1.75 --memory=576m --pids-limit=240 nginx',
    );
    await page.keyboard.press('End');
    expect(await fileValue(page, 'pids.max')).toBe('1024');
    expectClean(problems);
    await close();
  });

  it('explains what happens past each limit', async () => {
    const {page, close} = await open(browser, '/docs/containers/cgroups');
    const outcome = page.locator('[data-testid="cgroup-outcome"]');
    await page.locator(LIMITER).getByLabel('메모리: 한계보다 많이 할당').check();
    expect(await outcome.textContent()).toContain('true 137');
    // Radios move with arrow keys too.
    await page.keyboard.press('ArrowDown');
    expect(await outcome.textContent()).toContain('Resource temporarily unavailable');
    await page.locator(LIMITER).getByLabel('CPU: 4개 스레드가 쉬지 않고 계산').check();
    expect(await outcome.textContent()).toContain('nr_throttled 100');
    await close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe in ${scheme} mode`, async () => {
      const {page, close} = await open(browser, '/docs/containers/cgroups', scheme);
      expect(await runAxe(page, LIMITER)).toEqual([]);
      await page.locator(LIMITER).getByLabel('메모리: 한계보다 많이 할당').check();
      expect(await runAxe(page, LIMITER)).toEqual([]);
      await close();
    });
  }

  it('fits in 360 px', async () => {
    const {page, close} = await open(browser, '/docs/containers/cgroups', 'light', 360);
    const overflow = await page.locator(LIMITER).evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await close();
  });
});

describe('part 2: every chapter', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  for (const slug of [
    'what-is-container',
    'namespaces',
    'cgroups',
    'runtimes-and-standards',
    'limits',
  ]) {
    it(`/docs/containers/${slug} loads cleanly, passes axe and fits 360 px`, async () => {
      const {page, problems, close} = await open(browser, `/docs/containers/${slug}`, 'dark', 360);
      expect(await runAxe(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      expectClean(problems);
      await close();
    });
  }
});
