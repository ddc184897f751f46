import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser} from './browser';
import {runAxe} from './axe';
import {expectClean, open} from './pages';

const BUILD_CACHE = '[data-testid="build-cache"]';
const TOPOLOGY = '[data-testid="compose-topology"]';
const CACHE_PAGE = '/docs/building-images/dockerfile-basics';
const TOPOLOGY_PAGE = '/docs/compose-cluster/compose-file';

const statuses = (page: Page) =>
  page
    .locator(`${BUILD_CACHE} [data-status]`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-status')));
const cachedCount = async (page: Page) =>
  (await statuses(page)).filter((s) => s === 'cached').length;
const summary = (page: Page) =>
  page.locator(`${BUILD_CACHE} [data-testid="build-cache-summary"]`).textContent();

describe('part 4: BuildCache', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('reacts to the mouse: order and scenario change which steps say CACHED', async () => {
    const {page, problems, close} = await open(browser, CACHE_PAGE);
    await page.locator(BUILD_CACHE).scrollIntoViewIfNeeded();
    // initial: good order, source changed → only COPY . . reruns
    expect(await statuses(page)).toEqual([
      'cached',
      'cached',
      'cached',
      'cached',
      'rebuilt',
      'config',
    ]);
    await page.locator(BUILD_CACHE).getByLabel('순진한 순서: COPY . . 먼저').check();
    await expect
      .poll(() => statuses(page))
      .toEqual(['cached', 'cached', 'rebuilt', 'rebuilt', 'config']);
    expect(await summary(page)).toContain('npm ci가 다시 실행됩니다');
    await page.locator(BUILD_CACHE).getByLabel('베이스 이미지 변경').check();
    await expect.poll(() => cachedCount(page)).toBe(0);
    expect(
      await page.locator(`${BUILD_CACHE} [data-testid="build-cache-log"]`).textContent(),
    ).not.toContain('CACHED');
    await page.locator(BUILD_CACHE).getByRole('button', {name: 'WORKDIR /app'}).click();
    await expect
      .poll(() => statuses(page))
      .toEqual(['cached', 'rebuilt', 'rebuilt', 'rebuilt', 'config']);
    expectClean(problems);
    await close();
  });

  it('reacts to the keyboard: radio arrows and Enter on a line', async () => {
    const {page, problems, close} = await open(browser, CACHE_PAGE);
    const source = page.locator(`${BUILD_CACHE} input[data-scenario="source"]`);
    await source.focus();
    await page.keyboard.press('ArrowDown'); // → package.json 변경
    await expect
      .poll(() => statuses(page))
      .toEqual(['cached', 'cached', 'rebuilt', 'rebuilt', 'rebuilt', 'config']);
    expect(await summary(page)).toContain('package.json 변경');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp'); // → 아무것도 안 바꿈
    await expect.poll(() => cachedCount(page)).toBe(5);
    const runLine = page.locator(BUILD_CACHE).getByRole('button', {name: 'RUN npm ci --omit=dev'});
    await runLine.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => statuses(page))
      .toEqual(['cached', 'cached', 'cached', 'rebuilt', 'rebuilt', 'config']);
    expect(await runLine.getAttribute('aria-pressed')).toBe('true');
    expectClean(problems);
    await close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe in ${scheme} mode`, async () => {
      const {page, close} = await open(browser, CACHE_PAGE, scheme);
      expect(await runAxe(page, BUILD_CACHE)).toEqual([]);
      await page.locator(BUILD_CACHE).getByLabel('순진한 순서: COPY . . 먼저').check();
      expect(await runAxe(page, BUILD_CACHE)).toEqual([]);
      await close();
    });
  }
});

const pressed = (page: Page) => page.locator(`${TOPOLOGY} [aria-pressed="true"]`).textContent();
const selectedNodes = (page: Page) =>
  page
    .locator(`${TOPOLOGY} [data-node][data-selected="true"]`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-node')));
const firstSelectedLine = (page: Page) =>
  page.locator(`${TOPOLOGY} [data-line][data-selected="true"]`).first().textContent();

describe('part 5: ComposeTopology', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('selects a service with the keyboard and highlights its lines and nodes', async () => {
    const {page, problems, close} = await open(browser, TOPOLOGY_PAGE);
    const web = page.locator(`${TOPOLOGY} [data-service-button="web"]`);
    await web.focus();
    expect(await pressed(page)).toBe('web');
    expect(await firstSelectedLine(page)).toContain('web:');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => pressed(page)).toBe('db');
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('data-service-button')),
    ).toBe('db');
    expect(await firstSelectedLine(page)).toContain('db:');
    expect(await selectedNodes(page)).toEqual(
      expect.arrayContaining(['service:db', 'network:back', 'volume:db-data']),
    );
    expect(await selectedNodes(page)).not.toContain('network:front');
    expect(
      await page.locator(`${TOPOLOGY} [data-testid="compose-topology-detail"]`).textContent(),
    ).toContain('PostgreSQL');
    await page.keyboard.press('End');
    await expect.poll(() => pressed(page)).toBe('adminer');
    expect(await selectedNodes(page)).toContain('port:8081');
    expectClean(problems);
    await close();
  });

  it('selects a service with the mouse', async () => {
    const {page, close} = await open(browser, TOPOLOGY_PAGE);
    await page.locator(`${TOPOLOGY} [data-service-button="cache"]`).click();
    await expect.poll(() => pressed(page)).toBe('cache');
    expect(await firstSelectedLine(page)).toContain('cache:');
    await close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe in ${scheme} mode`, async () => {
      const {page, close} = await open(browser, TOPOLOGY_PAGE, scheme);
      expect(await runAxe(page, TOPOLOGY)).toEqual([]);
      await page.locator(`${TOPOLOGY} [data-service-button="db"]`).click();
      expect(await runAxe(page, TOPOLOGY)).toEqual([]);
      await close();
    });
  }
});

describe('parts 4–5: the figures fit 360 px', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  for (const [path, selector] of [
    [CACHE_PAGE, BUILD_CACHE],
    [TOPOLOGY_PAGE, TOPOLOGY],
  ] as const) {
    it(`${path} has no horizontal overflow at 360 px`, async () => {
      const {page, problems, close} = await open(browser, path, 'dark', 360);
      const overflow = await page
        .locator(selector)
        .evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      expectClean(problems);
      await close();
    });
  }
});

describe('parts 4–5: every chapter', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  const chapters = [
    ...[
      'dockerfile-basics',
      'build-tag-push',
      'practice-static-site',
      'practice-node',
      'practice-java',
      'practice-python',
      'practice-advanced',
      'good-images',
    ].map((slug) => `/docs/building-images/${slug}`),
    ...[
      'compose-intro',
      'compose-file',
      'compose-commands',
      'compose-practice',
      'orchestration',
    ].map((slug) => `/docs/compose-cluster/${slug}`),
  ];
  for (const path of chapters) {
    it(`${path} loads cleanly, passes axe in dark mode and fits 360 px`, async () => {
      const {page, problems, close} = await open(browser, path, 'dark', 360);
      expect(await runAxe(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      expectClean(problems);
      await close();
    });
  }
});
