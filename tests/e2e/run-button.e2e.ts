import fs from 'node:fs';
import path from 'node:path';
import {runAxe} from './axe';
import {expect, test, type Page} from './fixtures';
import {BUILD_DIR} from '../support/build';

// The ▶ 실행해 보기 buttons of runnable bash blocks, on the built site.
test.use({reducedMotion: 'reduce'});

/** Chunks a run button loads: its terminal, and the engine (simulatorSession's clear-screen pattern). */
const RUN_CHUNK_MARKERS = ['dg-run-terminal', '[23]J'];
const jsDir = path.join(BUILD_DIR, 'assets', 'js');
// Without a build the list is empty and the fixture's "no build" message explains why.
const runChunks = (fs.existsSync(jsDir) ? fs.readdirSync(jsDir) : [])
  .filter((file) => {
    const text = fs.readFileSync(path.join(jsDir, file), 'utf8');
    return RUN_CHUNK_MARKERS.some((marker) => text.includes(marker));
  })
  .map((file) => `/assets/js/${file}`);

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
  await page.goto(`/docs/start/first-container`);
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

  // The host picture below the terminal opens by keyboard and shows the running container.
  const host = terminal.getByTestId('run-host');
  await host.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(host).toHaveAttribute('open', '');
  await expect(host).toContainText('8080');

  // The button, the opened terminal, its host picture and its block pass axe in light and dark mode.
  for (const theme of ['light', 'dark']) {
    await page.evaluate((name) => document.documentElement.setAttribute('data-theme', name), theme);
    expect(await runAxe(page, 'article')).toEqual([]);
  }

  // The reader types on; a later block continues from there; still one terminal.
  await terminal.getByRole('textbox').focus();
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
  await page.goto(`/docs/docker-basics/container-lifecycle`);
  await expect(page.locator('article button[data-dg-run]').first()).toBeVisible();
  await page.mouse.wheel(0, 20000);
  await page.waitForLoadState('networkidle');
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
  await page.goto(`/docs/docker-basics/container-lifecycle`);
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

test('without JavaScript the run buttons are hidden', async ({openContext}) => {
  const page = await (await openContext({javaScriptEnabled: false})).newPage();
  await page.goto(`/docs/start/first-container`);
  await expect(page.locator('button[data-dg-run]').first()).toBeAttached();
  await expect(page.locator('button[data-dg-run]:visible')).toHaveCount(0);
});
