import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser} from './browser';
import {runAxe} from './axe';
import {expectClean, open} from './pages';

const ARCH = '[data-diagram="docker-architecture"]';
const LAYERS = '[data-diagram="image-layers"]';
const LIFECYCLE = '[data-diagram="container-lifecycle"]';

const stepText = (page: Page) =>
  page.locator(`${ARCH} [data-testid="arch-step-text"]`).textContent();
const active = (page: Page, id: string) =>
  page.getAttribute(`${ARCH} [data-component="${id}"]`, 'data-active');

describe('part 3: DockerArchitecture', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('picks a command and steps with the mouse', async () => {
    const {page, problems, close} = await open(browser, '/docs/docker-basics/architecture');
    await page.locator(ARCH).scrollIntoViewIfNeeded();
    await page.locator(`${ARCH} label`, {hasText: 'docker pull nginx'}).click();
    expect(await stepText(page)).toContain('/images/create');
    await page.locator(`${ARCH} [data-testid="arch-next"]`).click();
    expect(await stepText(page)).toContain('이미지 인덱스');
    expect(await active(page, 'registry')).toBe('true');
    await page.locator(`${ARCH} [data-testid="arch-prev"]`).click();
    expect(await stepText(page)).toContain('/images/create');
    expectClean(problems);
    await close();
  });

  it('changes command with arrow keys in the radio group and steps with arrow keys, Home and End', async () => {
    const {page, problems, close} = await open(browser, '/docs/docker-basics/architecture');
    await page.locator(`${ARCH} input[value="run"]`).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked(`${ARCH} input[value="exec"]`)).toBe(true);
    expect(await stepText(page)).toContain('exec 인스턴스');
    await page.locator(`${ARCH} [data-testid="arch-step"]`).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await stepText(page)).toContain('runc exec');
    expect(await active(page, 'runc')).toBe('true');
    await page.keyboard.press('End');
    expect(await stepText(page)).toContain('프롬프트');
    await page.keyboard.press('Home');
    expect(await stepText(page)).toContain('exec 인스턴스');
    expectClean(problems);
    await close();
  });
});

describe('part 3: ImageLayers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('selects a Dockerfile line with the mouse and toggles copy-up', async () => {
    const {page, problems, close} = await open(browser, '/docs/docker-basics/images-and-layers');
    await page.locator(LAYERS).scrollIntoViewIfNeeded();
    await page.locator(`${LAYERS} [data-line="3"]`).click();
    expect(await page.getAttribute(`${LAYERS} [data-layer="app"]`, 'data-selected')).toBe('true');
    expect(await page.locator(`${LAYERS} [data-testid="layers-detail"]`).textContent()).toContain(
      '1.2 kB',
    );
    await page.locator(`${LAYERS} [data-line="0"]`).click();
    expect(await page.locator(`${LAYERS} [data-layer="base"][data-selected="true"]`).count()).toBe(
      2,
    );
    await page.locator(`${LAYERS} [data-testid="edit-file"]`).click();
    expect(await page.locator(`${LAYERS} [data-testid="writable-layer"]`).textContent()).toContain(
      'copy-up',
    );
    expectClean(problems);
    await close();
  });

  it('moves between lines with the keyboard and presses 파일 수정 with Enter', async () => {
    const {page, problems, close} = await open(browser, '/docs/docker-basics/images-and-layers');
    await page.locator(`${LAYERS} [data-line="1"]`).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute(`${LAYERS} [data-line="2"]`, 'aria-pressed')).toBe('true');
    expect(await page.locator(`${LAYERS} [data-testid="layers-detail"]`).textContent()).toContain(
      'Env',
    );
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-line'))).toBe('4');
    await page.locator(`${LAYERS} [data-testid="edit-file"]`).focus();
    await page.keyboard.press('Enter');
    expect(await page.getAttribute(`${LAYERS} [data-testid="edit-file"]`, 'aria-pressed')).toBe(
      'true',
    );
    expectClean(problems);
    await close();
  });
});

describe('part 3: ContainerLifecycle', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  const status = (page: Page) =>
    page.locator(`${LIFECYCLE} [data-testid="lifecycle-status"]`).textContent();

  it('changes the STATUS text when commands are clicked', async () => {
    const {page, problems, close} = await open(browser, '/docs/docker-basics/container-lifecycle');
    await page.locator(LIFECYCLE).scrollIntoViewIfNeeded();
    await page.click(`${LIFECYCLE} [data-command="create"]`);
    expect(await status(page)).toContain('Created');
    await page.click(`${LIFECYCLE} [data-command="start"]`);
    expect(await status(page)).toContain('Up 3 seconds');
    await page.click(`${LIFECYCLE} [data-command="pause"]`);
    expect(await status(page)).toContain('Up 5 seconds (Paused)');
    await page.click(`${LIFECYCLE} [data-command="rm"]`);
    expect(
      await page.locator(`${LIFECYCLE} [data-testid="lifecycle-output"]`).textContent(),
    ).toContain('must be unpaused first');
    await page.click(`${LIFECYCLE} [data-command="kill"]`);
    expect(await status(page)).toContain('Exited (137)');
    expectClean(problems);
    await close();
  });

  it('is operable with the keyboard', async () => {
    const {page, problems, close} = await open(browser, '/docs/docker-basics/container-lifecycle');
    await page.locator(`${LIFECYCLE} [data-command="run"]`).focus();
    await page.keyboard.press('Enter');
    expect(await status(page)).toContain('Up 3 seconds');
    await page.locator(`${LIFECYCLE} [data-command="stop"]`).focus();
    await page.keyboard.press('Space');
    expect(await status(page)).toContain('Exited (0)');
    expect(await page.getAttribute(`${LIFECYCLE} [data-current="true"]`, 'data-state')).toBe(
      'exited',
    );
    expectClean(problems);
    await close();
  });
});

describe('part 3: accessibility of the figures', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  const figures: ReadonlyArray<[string, string]> = [
    ['/docs/docker-basics/architecture', ARCH],
    ['/docs/docker-basics/images-and-layers', LAYERS],
    ['/docs/docker-basics/container-lifecycle', LIFECYCLE],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    for (const [path, selector] of figures) {
      it(`${selector} passes axe in ${scheme} mode`, async () => {
        const {page, close} = await open(browser, path, scheme);
        expect(await runAxe(page, selector)).toEqual([]);
        await close();
      });
    }
  }

  it('nothing in the figures overflows at 360 px', async () => {
    for (const [path, selector] of figures) {
      const {page, close} = await open(browser, path, 'light', 360);
      const overflow = await page.evaluate((sel) => {
        const figure = document.querySelector(sel)!;
        const limit = document.documentElement.clientWidth;
        return Array.from(figure.querySelectorAll('*'))
          .filter((element) => element.getBoundingClientRect().right > limit + 1)
          .filter((element) => !element.closest('[tabindex="0"], table, pre'))
          .map((element) => element.tagName.toLowerCase())
          .slice(0, 3);
      }, selector);
      expect(overflow, `${path}`).toEqual([]);
      await close();
    }
  });
});
