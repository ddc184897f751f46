import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, newContext} from './browser';
import {runAxe} from './axe';
import {expectClean, open} from './pages';

const baseURL = inject('baseURL');

const TIMELINE = '[data-testid="virtualization-timeline"]';
const STACK = '[data-testid="architecture-stack"]';
const HISTORY = '/docs/virtualization/history';
const HYPERVISORS = '/docs/virtualization/hypervisors';

const visibleEvents = (page: Page) =>
  page
    .locator(`${TIMELINE} li[data-event]`)
    .evaluateAll((items) =>
      items
        .filter((item) => !(item as HTMLElement).hidden)
        .map((item) => (item as HTMLElement).dataset.event),
    );
const allEvents = (page: Page) => page.locator(`${TIMELINE} li[data-event]`).count();
const timelineStatus = (page: Page) =>
  page.locator(`${TIMELINE} [data-testid="timeline-status"]`).textContent();

// Shown on screen (without JavaScript the <noscript> style reveals sections that keep `hidden`).
const visibleStacks = (page: Page) =>
  page
    .locator(`${STACK} section[data-stack]`)
    .evaluateAll((sections) =>
      sections
        .filter((s) => getComputedStyle(s).display !== 'none')
        .map((s) => (s as HTMLElement).dataset.stack),
    );
const stackDetail = (page: Page) =>
  page.locator(`${STACK} [data-testid="stack-detail"]`).textContent();

/** Waits until React has hydrated the figure (a click changes state). */
async function hydrated(page: Page, selector: string) {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return !!el && Object.keys(el).some((key) => key.startsWith('__react'));
  }, selector);
}

describe('part 1: VirtualizationTimeline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('filters by era and category with the mouse', async () => {
    const {page, problems, close} = await open(browser, HISTORY);
    await hydrated(page, `${TIMELINE} input[type="radio"]`);
    const total = await allEvents(page);
    expect(total).toBeGreaterThan(20);
    expect(await visibleEvents(page)).toHaveLength(total);

    // Click the visible labels, as a reader would.
    await page
      .locator(`${TIMELINE} fieldset`)
      .nth(0)
      .getByText('2000년대 · x86 가상화', {exact: true})
      .click();
    await page.locator(`${TIMELINE} fieldset`).nth(1).getByText('가상화', {exact: true}).click();
    expect(await visibleEvents(page)).toEqual(['xen', 'intel-vt-x', 'amd-v', 'kvm']);
    expect(await timelineStatus(page)).toBe(
      '2000년대 · x86 가상화, 가상화: 사건 4개를 보여 줍니다.',
    );
    expect(await page.locator('#timeline-cp-40').isVisible()).toBe(false);

    await page.locator(`${TIMELINE} input[data-filter="era"][value="all"]`).click();
    await page.locator(`${TIMELINE} input[data-filter="category"][value="all"]`).click();
    expect(await visibleEvents(page)).toHaveLength(total);
    expectClean(problems);
    await close();
  });

  it('filters with the keyboard (arrow keys move within each radio group)', async () => {
    const {page, problems, close} = await open(browser, HISTORY);
    await hydrated(page, `${TIMELINE} input[type="radio"]`);
    await page.locator(`${TIMELINE} input[data-filter="era"][value="all"]`).focus();
    await page.keyboard.press('ArrowRight');
    expect(
      await page.locator(`${TIMELINE} input[data-filter="era"][value="mainframe"]`).isChecked(),
    ).toBe(true);
    const mainframe = await visibleEvents(page);
    expect(mainframe).toContain('cp-40');
    expect(mainframe).not.toContain('docker-engine-29');

    // Tab leaves the era group and lands on the checked radio of the category group.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.dataset.filter,
      ),
    ).toBe('category');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(
      await page
        .locator(`${TIMELINE} input[data-filter="category"][value="containers"]`)
        .isChecked(),
    ).toBe(true);
    expect(await visibleEvents(page)).toEqual(['chroot']);
    expect(await timelineStatus(page)).toContain('사건 1개');
    expectClean(problems);
    await close();
  });

  it('keeps the complete list in the HTML without JavaScript', async () => {
    const context = await newContext(browser, {javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(baseURL + HISTORY);
    expect(await visibleEvents(page)).toHaveLength(await allEvents(page));
    expect(await page.locator(TIMELINE).textContent()).toContain('ARPANET 첫 메시지 "LO"');
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe in ${scheme} mode`, async () => {
      const {page, close} = await open(browser, HISTORY, scheme);
      expect(await runAxe(page, TIMELINE)).toEqual([]);
      await hydrated(page, `${TIMELINE} input[type="radio"]`);
      await page
        .locator(`${TIMELINE} input[data-filter="category"][value="network-cloud"]`)
        .check();
      expect(await runAxe(page, TIMELINE)).toEqual([]);
      await close();
    });
  }

  it('fits in 360 px', async () => {
    const {page, close} = await open(browser, HISTORY, 'light', 360);
    expect(
      await page.locator(TIMELINE).evaluate((el) => el.scrollWidth - el.clientWidth),
    ).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await close();
  });
});

describe('part 1: ArchitectureStack', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('switches and compares stacks with the mouse; a click explains a layer', async () => {
    const {page, problems, close} = await open(browser, HYPERVISORS);
    await hydrated(page, `${STACK} button[data-stack-toggle]`);
    expect(await visibleStacks(page)).toEqual(['bare-metal', 'type1', 'type2', 'containers']);
    await page.locator(`${STACK} button[data-preset="type1+type2"]`).click();
    expect(await visibleStacks(page)).toEqual(['type1', 'type2']);
    await page.locator(`${STACK} button[data-stack-toggle="containers"]`).click();
    expect(await visibleStacks(page)).toEqual(['type1', 'type2', 'containers']);
    await page.locator(`${STACK} section[data-stack="type2"] button[data-layer="host-os"]`).click();
    expect(await stackDetail(page)).toMatch(/^Type 2 하이퍼바이저 · 호스트 OS/);
    expectClean(problems);
    await close();
  });

  it('works from the keyboard: toggles, presets, and layer detail on focus with arrow keys', async () => {
    const {page, problems, close} = await open(browser, HYPERVISORS);
    await hydrated(page, `${STACK} button[data-stack-toggle]`);
    const bare = page.locator(`${STACK} button[data-stack-toggle="bare-metal"]`);
    await bare.focus();
    await page.keyboard.press('Enter');
    expect(await bare.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(
      await page.locator(`${STACK} button[data-stack-toggle="type1"]`).getAttribute('aria-pressed'),
    ).toBe('false');
    expect(await visibleStacks(page)).toEqual(['type2', 'containers']);
    expect(await page.locator(`${STACK} [data-testid="stack-summary"]`).textContent()).toBe(
      'Type 2 하이퍼바이저, 컨테이너 구조를 나란히 비교합니다.',
    );

    await page.locator(`${STACK} button[data-preset="type1+containers"]`).focus();
    await page.keyboard.press('Enter');
    expect(await visibleStacks(page)).toEqual(['type1', 'containers']);

    // Tab into the first layer of the Type 1 stack: its description appears.
    const first = page.locator(`${STACK} section[data-stack="type1"] button[data-layer]`).first();
    await first.focus();
    expect(await stackDetail(page)).toMatch(/^Type 1 하이퍼바이저 · 게스트 애플리케이션/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await stackDetail(page)).toMatch(
      /^Type 1 하이퍼바이저 · 하이퍼바이저: 하드웨어 바로 위에서/,
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-layer'))).toBe(
      'hypervisor',
    );
    await page.keyboard.press('End');
    expect(await stackDetail(page)).toContain('물리 하드웨어(VT-x/AMD-V)');
    expectClean(problems);
    await close();
  });

  it('starts as a two-stack comparison on the OS-level virtualization page, all four without JavaScript', async () => {
    const {page, problems, close} = await open(browser, '/docs/virtualization/os-virtualization');
    await hydrated(page, `${STACK} button[data-stack-toggle]`);
    await expect.poll(() => visibleStacks(page)).toEqual(['type1', 'containers']);
    expect(
      await page.locator(`${STACK} button[data-stack-toggle="type2"]`).getAttribute('aria-pressed'),
    ).toBe('false');
    await page.locator(`${STACK} button[data-preset="bare-metal+type1+type2+containers"]`).click();
    expect(await visibleStacks(page)).toHaveLength(4);
    expect(await runAxe(page, STACK)).toEqual([]);
    expectClean(problems);
    await close();

    const context = await newContext(browser, {javaScriptEnabled: false});
    const noJs = await context.newPage();
    await noJs.goto(baseURL + '/docs/virtualization/os-virtualization');
    expect(await visibleStacks(noJs)).toEqual(['bare-metal', 'type1', 'type2', 'containers']);
    await context.close();
  });

  it('shows all four stacks and every layer description without JavaScript', async () => {
    const context = await newContext(browser, {javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(baseURL + HYPERVISORS);
    expect(await visibleStacks(page)).toEqual(['bare-metal', 'type1', 'type2', 'containers']);
    const text = await page.locator(STACK).textContent();
    expect(text).toContain('모든 컨테이너가 이 커널 하나를 함께 씁니다');
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe in ${scheme} mode`, async () => {
      const {page, close} = await open(browser, HYPERVISORS, scheme);
      expect(await runAxe(page, STACK)).toEqual([]);
      await hydrated(page, `${STACK} button[data-stack-toggle]`);
      await page
        .locator(`${STACK} section[data-stack="containers"] button[data-layer="host-kernel"]`)
        .click();
      await page.locator(`${STACK} section[data-stack="type1"] details summary`).click();
      expect(await runAxe(page, STACK)).toEqual([]);
      await close();
    });
  }

  it('fits in 360 px', async () => {
    const {page, close} = await open(browser, HYPERVISORS, 'light', 360);
    expect(
      await page.locator(STACK).evaluate((el) => el.scrollWidth - el.clientWidth),
    ).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await close();
  });
});
