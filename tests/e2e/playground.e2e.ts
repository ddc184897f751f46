import fs from 'node:fs';
import {runAxe} from './axe';
import {
  comeToPlayground,
  expect,
  expectClean,
  gotoHydrated,
  PHONE,
  test,
  waitForHydration,
  type Page,
} from './fixtures';
import {assetFile, readHtml, sitemapPaths} from '../support/build';

const PAGE = '/playground';
const INPUT = '[data-testid="playground-app"] [data-testid="terminal-input"]';
const LOG = '[data-testid="playground-app"] [role="log"]';
// A line only the engine's hello-world image prints: if a page's scripts contain it, the engine is on that page.
const ENGINE_MARKER = 'This message shows that your installation appears to be working correctly.';

const APP = '[data-testid="playground-app"]';

/**
 * Opens the playground, waits until its command line (in the HTML) is switched on, then comes
 * to it with the pointer, as a reader does, and waits for the engine that this brings.
 */
async function openPlayground(page: Page, path = PAGE): Promise<void> {
  await gotoHydrated(page, path);
  await expect(page.locator(INPUT)).toBeEnabled({timeout: 20_000});
  await comeToPlayground(page);
}

/** Types a command line, presses Enter and waits until the log has grown. */
async function runCommand(page: Page, line: string): Promise<void> {
  const entries = page.locator(`${LOG} > *`);
  const before = await entries.count();
  await expect(page.locator(INPUT)).toBeEnabled();
  await page.locator(INPUT).focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await expect.poll(() => entries.count()).toBeGreaterThan(before);
}

const log = (page: Page) => page.locator(LOG);
const logText = (page: Page): Promise<string> => log(page).innerText();

async function containerRow(
  page: Page,
  name: string,
): Promise<{state: string; text: string} | null> {
  return page.evaluate((wanted) => {
    const rows = Array.from(document.querySelectorAll('[data-testid="panel-containers"] tbody tr'));
    const row = rows.find((candidate) => candidate.querySelector('th')?.textContent === wanted);
    if (!row) return null;
    return {
      state: row.querySelector('[data-state]')?.getAttribute('data-state') ?? '',
      text: (row as HTMLElement).innerText,
    };
  }, name);
}

test.describe('the /playground page', () => {
  test('runs docker commands, prints what Docker prints and shows the state', async ({
    page,
    problems,
  }) => {
    await openPlayground(page);
    await runCommand(page, 'docker pull nginx');
    await expect(log(page)).toContainText('Status: Downloaded newer image for nginx:latest');
    await runCommand(page, 'docker run -d -p 8080:80 --name web nginx');
    await expect.poll(() => logText(page)).toMatch(/\n[0-9a-f]{64}\n?/);
    await runCommand(page, 'docker ps');
    await expect
      .poll(() => logText(page))
      .toMatch(/CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES/);
    await expect(log(page)).toContainText('0.0.0.0:8080->80/tcp');
    await expect.poll(async () => (await containerRow(page, 'web'))?.state).toBe('running');
    const row = await containerRow(page, 'web');
    expect(row?.text).toContain('실행 중');
    expect(row?.text).toContain('0.0.0.0:8080->80/tcp');
    expectClean(problems);

    // Errors go to stderr and are styled as such.
    await runCommand(page, 'docker run -d -p 8080:80 --name web nginx');
    await expect(page.locator(`${LOG} [data-stream="stderr"]`).last()).toContainText(
      'is already in use by container',
    );

    // The session survives a reload…
    await page.reload({waitUntil: 'networkidle'});
    await waitForHydration(page);
    await expect(log(page)).toContainText('docker run -d -p 8080:80 --name web nginx');
    await expect.poll(async () => (await containerRow(page, 'web'))?.state).toBe('running');
    await runCommand(page, 'docker ps --format "{{.Names}}"');
    await expect.poll(() => logText(page)).toMatch(/\nweb\n?/);

    // …and 초기화 starts over.
    await page.getByRole('button', {name: '초기화'}).click();
    await expect.poll(() => containerRow(page, 'web')).toBeNull();
    await expect(log(page)).not.toContainText('docker pull nginx');
    await page.reload({waitUntil: 'networkidle'});
    await waitForHydration(page);
    await expect(page.locator(INPUT)).toBeEnabled();
    expect(await containerRow(page, 'web')).toBeNull();
    await expect(log(page)).not.toContainText('docker pull nginx');
    expectClean(problems);
  });

  test('runs a pasted here-document and for loop line by line, with > continuation prompts', async ({
    page,
    problems,
  }) => {
    await openPlayground(page);
    const script = [
      "cat > Dockerfile <<'EOF'",
      'FROM alpine:3.22',
      'CMD ["echo", "$HOME"]',
      'EOF',
      'for name in one two; do',
      '  echo "hello $name"',
      'done',
      '',
    ].join('\n');
    await page.locator(INPUT).focus();
    // What a browser dispatches for Ctrl+V: a paste event carrying the clipboard's text.
    await page.locator(INPUT).evaluate((element, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      element.dispatchEvent(
        new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}),
      );
    }, script);
    await expect(log(page)).toContainText('hello two');
    const echoed = await page
      .locator(`${LOG} > div`)
      .evaluateAll((lines) => lines.map((line) => line.textContent ?? ''));
    expect(echoed.slice(-7)).toEqual([
      "user@playground:~$ cat > Dockerfile <<'EOF'",
      '> FROM alpine:3.22',
      '> CMD ["echo", "$HOME"]',
      '> EOF',
      'user@playground:~$ for name in one two; do',
      '>   echo "hello $name"',
      '> done',
    ]);
    await expect.poll(() => logText(page)).toMatch(/> done\nhello one\nhello two\n?$/);
    await runCommand(page, 'cat Dockerfile');
    await expect(log(page)).toContainText('FROM alpine:3.22\nCMD ["echo", "$HOME"]');

    // Enter on an unfinished line shows the > prompt; Ctrl+C goes back to the shell's prompt.
    await runCommand(page, 'if [ -f Dockerfile ]');
    await expect(page.locator(`${INPUT}`)).toHaveAccessibleName(/명령 입력 >/);
    await page.keyboard.type('then');
    await page.keyboard.press('Control+c');
    await expect(page.locator(INPUT)).toHaveAccessibleName(/명령 입력 user@playground:~\$/);
    expectClean(problems);
  });

  test('works from the keyboard alone: reach, history, completion, and Esc then Tab leaves the terminal', async ({
    page,
  }) => {
    await openPlayground(page);
    const input = page.locator(INPUT);
    let reached = false;
    for (let i = 0; i < 80 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await input.evaluate((element) => element === document.activeElement);
    }
    expect(reached, 'Tab reaches the command line').toBe(true);

    await page.keyboard.type('docker run hello-world');
    await page.keyboard.press('Enter');
    await expect(log(page)).toContainText('Hello from Docker!');

    await page.keyboard.press('ArrowUp');
    await expect(input).toHaveValue('docker run hello-world');
    await page.keyboard.press('Escape');
    await input.fill('');

    await page.keyboard.type('docker ima');
    await page.keyboard.press('Tab');
    await expect(input).toHaveValue(/^docker image/);
    await expect(input).toBeFocused();

    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(input).not.toBeFocused();
    const outside = await page.evaluate(() => {
      const active = document.activeElement;
      return Boolean(
        active && active !== document.body && !active.closest('[data-testid="terminal"]'),
      );
    });
    expect(outside, 'Esc then Tab moves focus out of the terminal').toBe(true);
  });

  test('answers questions from the keyboard: a y/N prune, and a login password that is never shown or stored', async ({
    page,
    problems,
  }) => {
    await openPlayground(page);
    const prompt = page.locator('[data-testid="playground-app"] [data-testid="terminal"] label');
    await runCommand(page, 'docker network create appnet');
    await runCommand(page, 'docker network prune');
    await expect(prompt).toHaveText('Are you sure you want to continue? [y/N]');
    await page.keyboard.type('y');
    await page.keyboard.press('Enter');
    await expect(log(page)).toContainText('Are you sure you want to continue? [y/N] y');
    await expect(log(page)).toContainText('Deleted Networks:\nappnet');

    const password = 'e2e-hunter2-never-shown';
    await runCommand(page, 'docker login -u kim');
    const secret = page.locator(
      '[data-testid="playground-app"] [data-testid="terminal-secret-input"]',
    );
    await expect(secret).toBeFocused();
    await expect(secret).toHaveAttribute('type', 'password');
    await expect(prompt).toHaveText('Password:');
    await expect(page.getByTestId('terminal-secret-status')).toContainText('비밀번호를 묻고');
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await expect(log(page)).toContainText('Login Succeeded');
    await expect(page.locator(INPUT)).toBeFocused();
    expect(await page.content()).not.toContain(password);
    const stored = await page.evaluate(() => JSON.stringify({...window.localStorage}));
    expect(stored).toContain('Login Succeeded');
    expect(stored).not.toContain(password);
    await page.keyboard.press('ArrowUp');
    await expect(page.locator(INPUT)).toHaveValue('docker login -u kim');
    expectClean(problems);
  });

  test('does not run a line when Enter only commits Korean IME input', async ({context, page}) => {
    await openPlayground(page);
    const input = page.locator(INPUT);
    await input.focus();
    await input.fill('');
    await page.keyboard.type('echo ');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', {text: '안녕', selectionStart: 2, selectionEnd: 2});
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
    });
    await cdp.send('Input.insertText', {text: '안녕'});
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
    });
    await expect(input).toHaveValue('echo 안녕');
    await expect(page.locator(`${LOG} [data-stream="stdout"]`, {hasText: /^안녕$/})).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(page.locator(`${LOG} [data-stream="stdout"]`, {hasText: /^안녕$/})).toHaveCount(1);
    await expect(input).toHaveValue('');
  });

  test('ticks a scenario step from the engine state', async ({page}) => {
    await openPlayground(page);
    const start = page.locator('[data-scenario] button').first();
    const id = await start.evaluate((button) =>
      button.closest('[data-scenario]')?.getAttribute('data-scenario'),
    );
    expect(id).toBeTruthy();
    await start.click();
    await expect(page.locator('[data-testid="scenario-guide"]')).toBeVisible();
    expect(new URL(page.url()).searchParams.get('scenario')).toBe(id);
    await expect(page.locator('[data-testid="scenario-guide"] li').first()).toHaveAttribute(
      'data-status',
      'current',
    );
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`in ${colorScheme} mode`, () => {
      test.use({colorScheme});

      test(`passes axe with output, errors and a scenario shown`, async ({page}) => {
        await openPlayground(page, `${PAGE}?scenario=nginx-port`);
        await expect(page.locator('[data-testid="scenario-guide"]')).toBeVisible();
        await page.getByRole('button', {name: '힌트 보기'}).first().click();
        await runCommand(page, 'docker run -d --name web -p 8080:80 nginx');
        await runCommand(page, 'docker rm web');
        await runCommand(page, 'docker ps -a');
        await expect(page.locator(`${LOG} [data-stream="stderr"]`).first()).toBeVisible();
        // The host picture with a change marked: a new container on the default network.
        await runCommand(page, 'docker run -d --name web2 -p 8081:80 nginx');
        const hostView = page.locator('[data-testid="host-view"]');
        await expect(
          hostView.locator('[data-network="bridge"] [data-container="web2"][data-changed="added"]'),
        ).toContainText('새로 생김');
        await expect(hostView).toContainText('8081 → web2:80/tcp');
        await expect(hostView).toContainText('마지막 명령으로 바뀐 것: 컨테이너 web2 생김');
        expect(await runAxe(page)).toEqual([]);
      });
    });
  }

  test.describe('on a 360 px screen', () => {
    test.use({viewport: PHONE});

    test('fits', async ({page}) => {
      await openPlayground(page);
      await runCommand(page, 'docker run -d --name web -p 8080:80 nginx');
      await runCommand(page, 'docker ps');
      await expect(log(page)).toContainText('0.0.0.0:8080->80/tcp');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });

  test.describe('without JavaScript', () => {
    test.use({javaScriptEnabled: false});

    test('says it needs it and shows every scenario as text', async ({page}) => {
      await page.goto(PAGE);
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).toContain('플레이그라운드는 JavaScript가 필요합니다');
      const cards = await page.$$eval('[data-scenario]', (nodes) =>
        nodes.map((node) => ({
          steps: node.querySelectorAll('ol li').length,
          code: node.querySelectorAll('code').length,
        })),
      );
      expect(cards.length).toBeGreaterThanOrEqual(10);
      for (const card of cards) {
        expect(card.steps).toBeGreaterThan(0);
        expect(card.code).toBeGreaterThan(0);
      }
      expect(text).toContain('docker run hello-world');
    });
  });
});

/** From now on, the local files of the scripts the page requests: call the result to list them. */
function watchScripts(page: Page): () => string[] {
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  return () => [...scripts].map((pathname) => assetFile(pathname));
}

/** Local files of the scripts a page runs until hydrated. */
async function scriptsOf(page: Page, path: string): Promise<string[]> {
  const scripts = watchScripts(page);
  await gotoHydrated(page, path);
  return scripts();
}

const hasEngine = (files: readonly string[]): boolean =>
  files.some((file) => fs.readFileSync(file, 'utf8').includes(ENGINE_MARKER));

test.describe('page weight', () => {
  test('a plain chapter does not load the engine', async ({page}) => {
    expect(hasEngine(await scriptsOf(page, '/docs/intro'))).toBe(false);
  });

  test('the playground page loads it only when the reader comes to the terminal, and a line typed before it runs when it arrives', async ({
    page,
    problems,
  }) => {
    const files = watchScripts(page);
    await gotoHydrated(page, PAGE);
    await expect(page.locator(INPUT)).toBeEnabled({timeout: 20_000});
    await page.waitForLoadState('networkidle');
    expect(hasEngine(files())).toBe(false);
    await expect(page.locator(APP)).toHaveAttribute('data-engine', 'waiting');

    // Straight from the keyboard: the focus asks for the engine, which is held back until the
    // line has been entered, so Enter surely comes before it.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/engine\.[0-9a-f]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.locator(INPUT).focus();
    await page.keyboard.type('docker run hello-world');
    await page.keyboard.press('Enter');
    await expect(log(page)).toContainText('user@playground:~$ docker run hello-world');
    await expect(page.getByTestId('playground-waiting')).toBeVisible();
    expect(await logText(page)).not.toContain('Hello from Docker!');
    release();
    await expect(log(page)).toContainText('Hello from Docker!', {timeout: 20_000});
    await expect(page.getByTestId('playground-waiting')).toHaveCount(0);
    // The marker is a real one: the engine's chunk holds it.
    expect(hasEngine(files())).toBe(true);
    // Echoed once (when typed), and its output after it.
    const text = await logText(page);
    const echo = 'user@playground:~$ docker run hello-world';
    expect(text.split(echo)).toHaveLength(2);
    expect(text.indexOf(echo)).toBeLessThan(text.indexOf('Hello from Docker!'));
    expectClean(problems);
  });
});

test.describe('a chapter with an embedded playground', () => {
  // The first chapter whose static HTML holds a playground block.
  const chapter = sitemapPaths().find(
    (path) => path.startsWith('/docs/') && /data-playground=/.test(readHtml(path)),
  );

  test('exists', () => {
    expect(chapter, 'no chapter in the sitemap embeds a playground').toBeDefined();
  });

  test.describe('without JavaScript', () => {
    test.use({javaScriptEnabled: false});

    test('shows the steps', async ({page}) => {
      await page.goto(chapter!);
      const block = page.locator('[data-playground]').first();
      await expect(block).toContainText('플레이그라운드는 JavaScript가 필요합니다', {
        useInnerText: true,
      });
      expect(await block.locator('ol li').count()).toBeGreaterThan(0);
    });
  });

  test('loads the terminal only near the viewport and its engine only when the reader types', async ({
    page,
    problems,
  }) => {
    const scripts = watchScripts(page);
    await gotoHydrated(page, chapter!);
    const farBelow = await page
      .locator('[data-playground]')
      .first()
      .evaluate((node) => node.getBoundingClientRect().top > window.innerHeight + 600);
    const engineLoaded = (): boolean => hasEngine(scripts());
    console.log(`${chapter}: playground ${farBelow ? 'below the fold' : 'near the top'}`);
    if (farBelow)
      expect(engineLoaded(), 'engine fetched before the playground is near').toBe(false);
    await page.locator('[data-playground]').first().scrollIntoViewIfNeeded();
    const input = page.locator('[data-playground] [data-testid="terminal-input"]').first();
    await expect(input).toBeEnabled({timeout: 20_000});
    // The terminal is there; its engine waits for the reader.
    expect(engineLoaded(), 'engine fetched before the reader came to the terminal').toBe(false);
    await input.fill('docker run hello-world');
    await input.press('Enter');
    await expect(page.locator('[data-playground] [role="log"]').first()).toContainText(
      'Hello from Docker!',
    );
    expect(engineLoaded()).toBe(true);
    expect(await runAxe(page, '[data-playground]')).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});
