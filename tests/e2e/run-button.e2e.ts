import fs from 'node:fs';
import path from 'node:path';
import {runAxe} from './axe';
import {expect, expectClean, test, waitForHydration, type Page} from './fixtures';
import {BUILD_DIR} from '../support/build';
import {MAX_TRANSCRIPT} from '../../src/components/playground/savedSession';
import {commandsOf} from '../../src/lib/playground/commands';
import {loadChapters, type Chapter} from '../../src/lib/transcript/chapters';
import {REPLAY_ANSWERS} from '../../src/lib/transcript/replay';
import type {ScriptLine} from '../../src/lib/transcript/script';
import {
  buildListingPairs,
  chapterProblems,
  composeUpPsPairs,
  judgeBlock,
  outputOf,
  typedCommands,
  type ShownEntry,
  type SweptLine,
} from '../../src/lib/transcript/sweep';

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
  // Hovering a run button may prefetch; only then does the terminal's chunk come. The listener
  // comes with main.js, which on a busy machine can still be running after the network is idle:
  // a hover before it is lost (a full run at load 15 failed here).
  await waitForHydration(page);
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

// The sweep (issue 19): in every chapter of the first steps and parts 3–5, every run button is
// pressed in order, on one page load. The chapters and their lines come from docs/ through the
// transcript replay's own reader, which also says which lines are meant to fail and which block.

/** The parts swept, by the first segment of their doc ids. */
const SWEPT_PARTS = ['start', 'docker-basics', 'building-images', 'compose-cluster'];
const sweptChapters = loadChapters(path.resolve(__dirname, '../..')).filter((chapter) =>
  SWEPT_PARTS.includes(chapter.id.split('/')[0]!),
);

/** A chapter's replayed lines, one array per runnable block, in order. */
function scriptBlocks(chapter: Chapter): ScriptLine[][] {
  const blocks = new Map<number, ScriptLine[]>();
  for (const line of chapter.script.lines) {
    blocks.set(line.blockLine, [...(blocks.get(line.blockLine) ?? []), line]);
  }
  return [...blocks.values()];
}

const RUN_BUTTONS = 'article button[data-dg-run]';

type RunState = 'done' | 'stuck' | keyof typeof REPLAY_ANSWERS;

/**
 * In the page, in one round trip: presses run button `at` (after opening the <details> it sits
 * in, as a reader opens a solution) unless `press` is false, and waits until its run is done or
 * its program asks a question.
 */
function pressAndWait(page: Page, at: number, press: boolean): Promise<RunState> {
  return page.evaluate(
    async ({selector, index, pressIt}) => {
      const button = document.querySelectorAll<HTMLElement>(selector)[index]!;
      if (pressIt) {
        const details = button.closest('details');
        if (details && !details.open) details.querySelector('summary')?.click();
        button.click();
      }
      const started = Date.now();
      for (;;) {
        // The button is busy from the press until its run is done.
        if (!button.hasAttribute('aria-busy')) return 'done';
        const terminal = document.querySelector('.dg-run-terminal');
        const input = terminal?.querySelector<HTMLInputElement>('input:not([disabled])');
        // While a block is typed the field is disabled; free with an empty status, a program asks.
        if (input && terminal?.querySelector('[data-testid=run-status]')?.textContent === '') {
          if (input.type === 'password') return 'password';
          const prompt = terminal.querySelector('label')?.textContent ?? '';
          return prompt.includes('[y/N]') ? 'confirm' : 'line';
        }
        if (Date.now() - started > 20_000) return 'stuck';
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    {selector: RUN_BUTTONS, index: at, pressIt: press},
  );
}

/** The run terminal's log from entry `from` on, as the page shows it. */
function readLog(page: Page, from: number): Promise<ShownEntry[]> {
  return page.locator('.dg-run-terminal [role=log]').evaluate(
    (log, start) =>
      Array.from(log.children)
        .slice(start)
        .map((child): ShownEntry => {
          const stream = child.getAttribute('data-stream') as ShownEntry['kind'] | null;
          if (stream) return {kind: stream, text: child.textContent ?? ''};
          const prompt = child.firstElementChild?.textContent ?? '';
          const exitCode = child.getAttribute('data-exit-code');
          return {
            kind: 'input',
            prompt,
            text: (child.textContent ?? '').slice(prompt.length),
            ...(exitCode !== null && {exitCode: Number(exitCode)}),
          };
        }),
    from,
  );
}

const tail = (output: string): string =>
  output
    .trimEnd()
    .split('\n')
    .slice(-8)
    .map((line) => `      | ${line}`)
    .join('\n');

test('the sweep has run buttons in every part, a build listed by docker images in part 4, and compose up -d with compose ps in the Compose practice', () => {
  for (const part of SWEPT_PARTS) {
    const lines = sweptChapters
      .filter((chapter) => chapter.id.startsWith(`${part}/`))
      .flatMap((chapter) => chapter.script.lines);
    expect(lines.length, `runnable lines in ${part}`).toBeGreaterThan(0);
  }
  const commandsIn = (id: string): string[] =>
    sweptChapters.find((chapter) => chapter.id === id)?.script.lines.map((l) => l.command) ?? [];
  const buildChapters = sweptChapters.filter(
    (chapter) =>
      chapter.id.startsWith('building-images/') &&
      buildListingPairs(commandsIn(chapter.id)).length > 0,
  );
  expect(buildChapters.length).toBeGreaterThan(0);
  expect(composeUpPsPairs(commandsIn('compose-cluster/compose-practice')).length).toBeGreaterThan(
    0,
  );
});

/**
 * Opens a chapter: the group's first by loading it, the others as a reader goes on, by the
 * sidebar's link (a client-side route change that keeps the engine loaded: the sweep's time).
 */
async function openChapter(page: Page, id: string, first: boolean): Promise<void> {
  const href = `/docs/${id}`;
  const followed =
    !first &&
    (await page.evaluate((target) => {
      const link = document.querySelector<HTMLAnchorElement>(`nav a[href="${target}"]`);
      link?.click();
      return !!link;
    }, href));
  if (!followed) {
    await page.goto(href);
    await waitForHydration(page);
  }
  await expect(page.locator('html')).toHaveClass(new RegExp(`docs-doc-id-${id}(\\s|$)`));
}

/** Presses every run button of the open chapter in order; what went wrong, each named. */
async function sweepChapter(page: Page, chapter: Chapter): Promise<string[]> {
  const blocks = scriptBlocks(chapter);
  // Buttons in a tab the reader did not choose are not pressed (as the catch-up skips them).
  const pageBlocks = await page.locator(RUN_BUTTONS).evaluateAll((buttons) =>
    buttons.map((button, index) => ({
      index,
      shown: !button.closest('[role=tabpanel]')?.hasAttribute('hidden'),
      text: button.closest('.dg-code')?.querySelector('pre')?.textContent ?? '',
    })),
  );
  const pressed = pageBlocks.filter((block) => block.shown);
  expect(
    pressed.map((block) => commandsOf(block.text)),
    `${chapter.id}: the blocks with a run button are the blocks the chapter replay runs`,
  ).toEqual(blocks.map((lines) => lines.map((line) => line.command)));

  const failures: string[] = [];
  const swept: SweptLine[] = [];
  let seen = 0;
  for (const [n, block] of pressed.entries()) {
    let state = await pressAndWait(page, block.index, true);
    // A program asks: answer by keyboard, as the chapter replay does.
    const asks = (now: RunState): now is keyof typeof REPLAY_ANSWERS => now in REPLAY_ANSWERS;
    for (let answers = 0; asks(state) && answers < 5; answers++) {
      await expect(page.locator('.dg-run-terminal input:not([disabled])')).toBeFocused();
      await page.keyboard.type(REPLAY_ANSWERS[state]);
      await page.keyboard.press('Enter');
      state = await pressAndWait(page, block.index, false);
    }
    const entries = await readLog(page, seen);
    seen += entries.length;
    const where = `${chapter.id}, button ${block.index + 1}`;
    if (state !== 'done') {
      const shown = entries.map((entry) => `${entry.prompt ?? ''}${entry.text}`).join('\n');
      return [...failures, `${where}: the run did not finish (${state})\n${tail(shown)}`];
    }
    expect(seen, 'the log keeps every entry (below its cap)').toBeLessThan(MAX_TRANSCRIPT);
    const judged = judgeBlock(blocks[n]!, typedCommands(entries));
    swept.push(...judged.swept);
    for (const {command, problem, output} of judged.problems) {
      failures.push(`${where}, ${command}: ${problem}\n${tail(output)}`);
    }
  }
  for (const {command, problem} of chapterProblems(swept)) {
    const at = swept.find((line) => line.line.command === command);
    failures.push(`${chapter.id}, ${command}: ${problem}\n${tail(at ? outputOf(at.typed) : '')}`);
  }
  return failures;
}

/**
 * The chapters with runnable lines in course order, cut into groups of about equal lines: one
 * test each, so the two workers share them and each group loads the engine once.
 */
function sweepGroups(count: number): Chapter[][] {
  const chapters = sweptChapters.filter((chapter) => chapter.script.lines.length > 0);
  const total = chapters.reduce((sum, chapter) => sum + chapter.script.lines.length, 0);
  const groups: Chapter[][] = [[]];
  let lines = 0;
  for (const chapter of chapters) {
    if (lines >= (total * groups.length) / count) groups.push([]);
    groups.at(-1)!.push(chapter);
    lines += chapter.script.lines.length;
  }
  return groups;
}

for (const group of sweepGroups(4)) {
  const name = `${group[0]!.id} … ${group.at(-1)!.id}`;
  test(`every run button of ${name}, pressed in order`, async ({page, problems}) => {
    test.setTimeout(240_000);
    const failures: string[] = [];
    for (const [index, chapter] of group.entries()) {
      await openChapter(page, chapter.id, index === 0);
      failures.push(...(await sweepChapter(page, chapter)));
    }
    expect(failures, failures.join('\n')).toEqual([]);
    expectClean(problems);
  });
}
