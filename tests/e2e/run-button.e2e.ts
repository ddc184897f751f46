import fs from 'node:fs';
import path from 'node:path';
import {test, expect, type Page} from '@playwright/test';
import {startStaticServer, type StaticServer} from './static-server';

// The ▶ 실행해 보기 buttons of runnable bash blocks, on the built site (build/).
let server: StaticServer;

test.use({
  browserName: 'chromium',
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
  },
  // The service worker precaches chunks; these tests watch which ones the page itself asks for.
  serviceWorkers: 'block',
  reducedMotion: 'reduce',
});

/** Chunks a run button loads: its terminal, and the engine (simulatorSession's clear-screen pattern). */
const RUN_CHUNK_MARKERS = ['dg-run-terminal', '[23]J'];
let runChunks: string[] = [];

test.beforeAll(async () => {
  server = await startStaticServer('build');
  const dir = path.join('build', 'assets', 'js');
  runChunks = fs
    .readdirSync(dir)
    .filter((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      return RUN_CHUNK_MARKERS.some((marker) => text.includes(marker));
    })
    .map((file) => `/assets/js/${file}`);
});

test.afterAll(async () => {
  await server.close();
});

/** axe-core's WCAG 2.x A and AA violations inside `selector` (ids and targets). */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({path: path.join('node_modules', 'axe-core', 'axe.min.js')});
  return page.evaluate(async (context) => {
    type Result = {violations: {id: string; nodes: {target: unknown[]}[]}[]};
    const {axe} = window as unknown as {axe: {run: (c: string, o: unknown) => Promise<Result>}};
    const result = await axe.run(context, {
      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`,
    );
  }, selector);
}

/** Console errors and the JavaScript files the page requested. */
function watch(page: Page): {errors: string[]; scripts: Set<string>} {
  const errors: string[] = [];
  const scripts = new Set<string>();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const {pathname} = new URL(request.url());
    if (pathname.endsWith('.js')) scripts.add(pathname);
  });
  return {errors, scripts};
}

test('the third run button catches up, types its block below it and needs no mouse', async ({
  page,
}) => {
  const {errors, scripts} = watch(page);
  await page.goto(`${server.url}/docs/start/first-container`);
  const buttons = page.locator('article button[data-dg-run]');
  const third = page.getByRole('button', {name: '3번째 명령 블록 실행해 보기'});
  await expect(third).toHaveCount(1);
  expect(await buttons.count()).toBeGreaterThan(3);
  const before = new Set(scripts);

  // Keyboard only: from the block's code (a tab stop of its own), Tab reaches the button.
  await page.locator('.dg-code:has(button[aria-label="3번째 명령 블록 실행해 보기"]) pre').focus();
  for (
    let presses = 0;
    presses < 4 && !(await third.evaluate((b) => b === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(third).toBeFocused();
  await page.keyboard.press('Enter');

  const terminal = page.locator(
    '.dg-code:has(button[aria-label="3번째 명령 블록 실행해 보기"]) + .dg-run-terminal',
  );
  await expect(terminal).toHaveCount(1);
  await expect(terminal.getByTestId('run-status')).toHaveText(
    '앞의 명령 블록 2개(명령 2개)를 먼저 실행했습니다. 명령 1개를 실행했습니다.',
  );
  const log = terminal.getByRole('log');
  await expect(log).toContainText('앞의 명령 블록 2개(명령 2개)를 먼저 조용히 실행했습니다.');
  await expect(log).toContainText('curl http://localhost:8080');
  await expect(log).toContainText('Welcome to nginx!');
  await expect(terminal.getByRole('textbox')).toBeFocused();
  // The terminal's chunk arrived with the click (the engine came with the chapter's <Playground>).
  const afterClick = [...scripts].filter((script) => !before.has(script));
  expect(afterClick.filter((script) => runChunks.includes(script)).length).toBeGreaterThan(0);

  // The button, the opened terminal and its block pass axe in light and dark mode.
  for (const theme of ['light', 'dark']) {
    await page.evaluate((name) => document.documentElement.setAttribute('data-theme', name), theme);
    expect(await axeViolations(page, 'article')).toEqual([]);
  }

  // The reader types on; a later block continues from there; still one terminal.
  await page.keyboard.type('docker ps');
  await page.keyboard.press('Enter');
  await expect(log).toContainText('nginx');
  await page.getByRole('button', {name: '4번째 명령 블록 실행해 보기'}).click();
  await expect(page.locator('.dg-run-terminal')).toHaveCount(1);
  await expect(terminal).toHaveCount(0);
  const moved = page.locator(
    '.dg-code:has(button[aria-label="4번째 명령 블록 실행해 보기"]) + .dg-run-terminal',
  );
  await expect(moved.getByTestId('run-status')).toHaveText('명령 1개를 실행했습니다.');
  expect(errors).toEqual([]);
});

test('a chapter that is only read requests neither the terminal nor the engine', async ({page}) => {
  const {errors, scripts} = watch(page);
  await page.goto(`${server.url}/docs/docker-basics/container-lifecycle`);
  await expect(page.locator('article button[data-dg-run]').first()).toBeVisible();
  await page.mouse.wheel(0, 20000);
  await page.waitForTimeout(1000);
  expect(runChunks).toHaveLength(2);
  expect([...scripts].filter((script) => runChunks.includes(script))).toEqual([]);
  // Hovering a run button may prefetch; only then does the terminal's chunk come.
  await page.locator('article button[data-dg-run]').first().hover();
  await expect.poll(() => [...scripts].some((script) => runChunks.includes(script))).toBe(true);
  expect(errors).toEqual([]);
});

test('a terminal that cannot be downloaded is reported, and the next press tries again', async ({
  page,
}) => {
  let offline = true;
  await page.route(
    (url) => runChunks.includes(url.pathname),
    (route) => (offline ? route.abort() : route.continue()),
  );
  await page.goto(`${server.url}/docs/docker-basics/container-lifecycle`);
  const first = page.getByRole('button', {name: '1번째 명령 블록 실행해 보기'});
  await first.click();
  const failure = page.locator('[data-dg-run-failed]');
  await expect(failure).toHaveText('플레이그라운드를 불러오지 못했습니다. 다시 눌러 보세요.');
  await expect(failure).toHaveAttribute('role', 'status');
  offline = false;
  await first.click();
  await expect(page.locator('.dg-run-terminal')).toHaveCount(1);
  await expect(failure).toHaveCount(0);
});

test('without JavaScript the run buttons are hidden', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto(`${server.url}/docs/start/first-container`);
  await expect(page.locator('button[data-dg-run]').first()).toBeAttached();
  await expect(page.locator('button[data-dg-run]:visible')).toHaveCount(0);
  await context.close();
});
