import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {launchBrowser, newContext, watchPage} from './browser';
import {runAxe} from './axe';
import {gotoHydrated} from './pages';

const baseURL = inject('baseURL');

const INSTALL_PAGES = [
  '/docs/install',
  '/docs/install/windows',
  '/docs/install/mac',
  '/docs/install/linux',
  '/docs/install/post-install',
  '/docs/install/verify',
  '/docs/install/uninstall-upgrade',
  '/docs/install/troubleshooting',
];

/** Every troubleshooting entry other pages and search results may link to. */
const TROUBLESHOOTING_IDS = [
  'cannot-connect-daemon',
  'permission-denied-socket',
  'docker-config-permission',
  'wsl-virtualization',
  'hardware-virtualization-bios',
  'wsl-kernel-update',
  'unexpected-wsl-error',
  'crlf-line-endings',
  'mac-incompatible-cpu',
  'exec-format-error',
  'no-matching-manifest',
  'platform-mismatch-warning',
  'port-already-allocated',
  'address-in-use',
  'port-5000-macos',
  'compose-version-obsolete',
  'docker-compose-not-found',
  'compose-unknown-command',
  'dns-lookup-failure',
  'pull-timeout',
  'proxy-connect-failure',
  'x509-unknown-authority',
  'toomanyrequests',
  'pull-access-denied',
  'manifest-unknown',
  'no-space-left',
  'apt-no-pubkey',
  'apt-conflicting-signed-by',
  'dnf-add-repo-unknown-argument',
  'container-name-conflict',
];

interface Spoof {
  readonly userAgent: string;
  readonly platform: string;
  readonly metadata?: {
    readonly platform: string;
    readonly platformVersion: string;
    readonly architecture: string;
    readonly bitness: string;
    readonly mobile: boolean;
  };
}

const BRANDS = [
  {brand: 'Chromium', version: '142'},
  {brand: 'Not_A Brand', version: '24'},
];

const SPOOFS = {
  windows11: {
    userAgent:
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
    platform: 'Win32',
    metadata: {
      platform: 'Windows',
      platformVersion: '19.0.0',
      architecture: 'x86',
      bitness: '64',
      mobile: false,
    },
  },
  macAppleSilicon: {
    userAgent:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
    platform: 'MacIntel',
    metadata: {
      platform: 'macOS',
      platformVersion: '26.1.0',
      architecture: 'arm',
      bitness: '64',
      mobile: false,
    },
  },
  linux: {
    userAgent:
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
    platform: 'Linux x86_64',
    metadata: {
      platform: 'Linux',
      platformVersion: '6.8.0',
      architecture: 'x86',
      bitness: '64',
      mobile: false,
    },
  },
  android: {
    userAgent:
      'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36',
    platform: 'Linux armv81',
    metadata: {
      platform: 'Android',
      platformVersion: '15.0.0',
      architecture: '',
      bitness: '',
      mobile: true,
    },
  },
} satisfies Record<string, Spoof>;

/** A page whose navigator looks like another OS: user agent, navigator.platform and client hints. */
async function spoofedPage(context: BrowserContext, spoof: Spoof): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setUserAgentOverride', {
    userAgent: spoof.userAgent,
    platform: spoof.platform,
    ...(spoof.metadata
      ? {
          userAgentMetadata: {
            brands: BRANDS,
            fullVersion: '142.0.0.0',
            model: '',
            wow64: false,
            ...spoof.metadata,
          },
        }
      : {}),
  });
  return page;
}

/** Labels of the selected tab in every `os` tab group on the page. */
async function selectedOsTabs(page: Page): Promise<string[]> {
  return page.$$eval('[role="tablist"]', (lists) =>
    lists
      .filter((list) => {
        const labels = Array.from(list.querySelectorAll('[role="tab"]'), (tab) =>
          tab.textContent?.trim(),
        );
        return labels.join('|') === 'Windows|macOS|Linux';
      })
      .map(
        (list) =>
          list.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.trim() ?? '',
      ),
  );
}

async function summary(page: Page): Promise<string> {
  const locator = page.getByTestId('dg-env-summary');
  await expect.poll(async () => locator.textContent(), {timeout: 10_000}).not.toBe('확인하는 중…');
  return (await locator.textContent()) ?? '';
}

describe('install pages: OS detection and the site-wide OS choice', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  const cases: readonly [string, Spoof, string, string][] = [
    ['Windows 11 on x64', SPOOFS.windows11, 'Windows · x86-64', 'Windows'],
    ['macOS on Apple silicon', SPOOFS.macAppleSilicon, 'macOS · Apple silicon', 'macOS'],
    ['Linux on x86-64', SPOOFS.linux, 'Linux · x86-64', 'Linux'],
  ];

  for (const [name, spoof, expectedSummary, expectedTab] of cases) {
    it(`detects ${name} and selects the ${expectedTab} tab`, async () => {
      const context = await newContext(browser);
      const page = await spoofedPage(context, spoof);
      const problems = watchPage(page, baseURL);
      await gotoHydrated(page, `${baseURL}/docs/install`);
      expect(await summary(page)).toBe(expectedSummary);
      await expect.poll(() => selectedOsTabs(page)).toEqual([expectedTab]);
      // The choice is stored where every os tab group on the site reads it.
      await gotoHydrated(page, `${baseURL}/docs/install/post-install`);
      await expect.poll(() => selectedOsTabs(page)).toEqual([expectedTab, expectedTab]);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      await context.close();
    });
  }

  it('tells an Android reader that Docker Desktop does not run there and stores no OS', async () => {
    const context = await newContext(browser);
    const page = await spoofedPage(context, SPOOFS.android);
    await gotoHydrated(page, `${baseURL}/docs/install`);
    expect(await summary(page)).toBe('Android');
    await expect(
      page
        .getByText('Android에서는 Docker Desktop도 Docker Engine도 설치할 수 없습니다')
        .isVisible(),
    ).resolves.toBe(true);
    const stored = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('docusaurus.tab.os')),
    );
    expect(stored).toEqual([]);
    await context.close();
  });

  it('shows the Android notice from the first paint: no layout shift, even before the scripts run', async () => {
    const context = await newContext(browser, {width: 412});
    const page = await spoofedPage(context, SPOOFS.android);
    await page.addInitScript(() => {
      const win = window as unknown as {shift: number};
      win.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
        }[]) {
          if (!entry.hadRecentInput) win.shift += entry.value;
        }
      }).observe({type: 'layout-shift', buffered: true});
    });
    await gotoHydrated(page, `${baseURL}/docs/install/windows`);
    await expect.poll(() => summary(page)).toBe('Android');
    await page.waitForTimeout(500);
    expect(await page.locator('[data-dg-notice="android"]').isVisible()).toBe(true);
    expect(
      await page
        .locator('[data-dg-notice="ios"], [data-dg-notice="chromeos"]')
        .evaluateAll((els) => els.some((el) => (el as HTMLElement).offsetHeight > 0)),
    ).toBe(false);
    expect(await page.evaluate(() => (window as unknown as {shift: number}).shift)).toBeLessThan(
      0.01,
    );
    await context.close();
    // Without main.js nothing hydrates: the early mark alone shows the notice. A context of its
    // own, so no service worker serves main.js past the route block.
    const bareContext = await newContext(browser, {width: 412});
    const bare = await spoofedPage(bareContext, SPOOFS.android);
    await bare.route(/\/assets\/js\/main\.[0-9a-f]+\.js$/, (route) => route.abort());
    await bare.goto(`${baseURL}/docs/install/windows`, {waitUntil: 'networkidle'});
    expect(
      await bare.evaluate(() => document.documentElement.getAttribute('data-has-hydrated')),
    ).toBe('false');
    expect(await bare.locator('[data-dg-notice="android"]').isVisible()).toBe(true);
    await bareContext.close();
  });

  it('carries a tab clicked on one page to the next page, and never overwrites it with detection', async () => {
    const context = await newContext(browser);
    const page = await spoofedPage(context, SPOOFS.windows11);
    await gotoHydrated(page, `${baseURL}/docs/install`);
    await summary(page);
    await page.getByRole('tab', {name: 'Linux'}).first().click();
    await expect.poll(() => selectedOsTabs(page)).toEqual(['Linux']);
    await expect.poll(() => page.getByTestId('dg-env-summary').textContent()).toContain('Linux');
    await gotoHydrated(page, `${baseURL}/docs/install/uninstall-upgrade`);
    await summary(page);
    await expect.poll(() => selectedOsTabs(page)).toEqual(['Linux', 'Linux']);
    expect(await page.getByText('선택한 환경:').count()).toBe(1);
    await context.close();
  });

  it('changes OS and CPU from the "바꾸기" control with the keyboard, and every tab group follows', async () => {
    const context = await newContext(browser);
    const page = await spoofedPage(context, SPOOFS.macAppleSilicon);
    const problems = watchPage(page, baseURL);
    await gotoHydrated(page, `${baseURL}/docs/install/troubleshooting`);
    expect(await summary(page)).toBe('macOS · Apple silicon');
    const toggle = page.locator('button[aria-controls^="dg-env-picker"]');
    expect(await toggle.textContent()).toBe('바꾸기');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    const macRadio = page.getByRole('radio', {name: 'macOS'});
    expect(await macRadio.isChecked()).toBe(true);
    await macRadio.focus();
    // Arrow keys move through a native radio group and select as they go.
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', {name: 'Linux'}).isChecked()).toBe(true);
    const tabs = await selectedOsTabs(page);
    expect(tabs.length).toBeGreaterThan(3);
    expect(new Set(tabs)).toEqual(new Set(['Linux']));
    await page.getByRole('radio', {name: /Arm64/}).check();
    expect(await summary(page)).toBe('Linux · Arm64');
    await expect
      .poll(() => page.locator('[aria-live="polite"]').first().textContent())
      .toContain('Arm64');
    await gotoHydrated(page, `${baseURL}/docs/install/post-install`);
    expect(await summary(page)).toBe('Linux · Arm64');
    await expect.poll(() => selectedOsTabs(page)).toEqual(['Linux', 'Linux']);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('?os=linux selects Linux even for a Windows reader, without storing it', async () => {
    const context = await newContext(browser);
    const page = await spoofedPage(context, SPOOFS.windows11);
    const problems = watchPage(page, baseURL);
    await gotoHydrated(page, `${baseURL}/docs/install/troubleshooting?os=linux`);
    expect(await summary(page)).toContain('Linux');
    await expect.poll(async () => new Set(await selectedOsTabs(page))).toEqual(new Set(['Linux']));
    await gotoHydrated(page, `${baseURL}/docs/install/post-install`);
    await expect.poll(() => selectedOsTabs(page)).toEqual(['Windows', 'Windows']);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('?os=bogus is ignored without an error and dropped from the address', async () => {
    const context = await newContext(browser);
    const page = await spoofedPage(context, SPOOFS.macAppleSilicon);
    const problems = watchPage(page, baseURL);
    await gotoHydrated(page, `${baseURL}/docs/install/post-install?os=bogus`);
    expect(await summary(page)).toBe('macOS · Apple silicon');
    await expect.poll(() => new URL(page.url()).searchParams.has('os')).toBe(false);
    await expect.poll(() => selectedOsTabs(page)).toEqual(['macOS', 'macOS']);
    expect(await page.locator('h1').first().textContent()).toBe('설치 후 설정');
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('install pages without JavaScript', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, {javaScriptEnabled: false});
  });
  afterAll(async () => browser?.close());

  it('shows every OS, shell and distribution panel, each labelled', async () => {
    const page = await context.newPage();
    for (const path of [
      '/docs/install/windows',
      '/docs/install/linux',
      '/docs/install/troubleshooting',
    ]) {
      await page.goto(baseURL + path);
      const hidden = await page.$$eval(
        '[role="tabpanel"]',
        (panels) => panels.filter((panel) => (panel as HTMLElement).offsetParent === null).length,
      );
      expect(hidden, path).toBe(0);
    }
    await page.goto(`${baseURL}/docs/install/windows`);
    await expect(page.locator('.dg-tab-cmd').first().isVisible()).resolves.toBe(true);
    const label = page.locator('.dg-tab-cmd .dg-tab-label').first();
    expect(await label.isVisible()).toBe(true);
    expect(await label.innerText()).toBe('명령 프롬프트');
    expect(await page.locator('main').innerText()).toContain(
      'JavaScript가 꺼져 있어 운영체제를 자동으로 감지하지 않았습니다',
    );
    // The live "감지된 환경" line and its dead button are hidden without JavaScript.
    expect(await page.locator('button[aria-controls^="dg-env-picker"]').isVisible()).toBe(false);
    await page.goto(`${baseURL}/docs/install/linux`);
    const text = await page.locator('main').innerText();
    for (const command of [
      'download.docker.com/linux/ubuntu',
      'download.docker.com/linux/debian',
      'addrepo --from-repofile',
    ]) {
      expect(text).toContain(command);
    }
    await page.close();
  });
});

describe('troubleshooting anchors', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('has at least 20 entries, each quoting its message in a text block', async () => {
    expect(TROUBLESHOOTING_IDS.length).toBeGreaterThanOrEqual(20);
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseURL}/docs/install/troubleshooting`);
    const entries = await page.$$eval('article h3[id]', (headings) =>
      headings.map((heading) => {
        let next = heading.nextElementSibling;
        while (next && !next.matches('h2, h3') && !next.querySelector('pre'))
          next = next.nextElementSibling;
        return {id: heading.id, hasCode: Boolean(next && next.querySelector('pre'))};
      }),
    );
    expect(entries.map((entry) => entry.id).sort()).toEqual([...TROUBLESHOOTING_IDS].sort());
    for (const entry of entries) expect(entry.hasCode, entry.id).toBe(true);
    await context.close();
  });

  it('resolves every #id to its heading', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    for (const id of TROUBLESHOOTING_IDS) {
      await page.goto(`${baseURL}/docs/install/troubleshooting#${id}`);
      const found = await page.evaluate((target) => {
        const element = document.getElementById(target);
        return element ? element.tagName : null;
      }, id);
      expect(found, id).toBe('H3');
    }
    await context.close();
  });
});

describe('install pages pass axe', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`in ${colorScheme} mode, with the environment picker open`, async () => {
      const context = await newContext(browser, {colorScheme});
      const page = await spoofedPage(context, SPOOFS.windows11);
      for (const path of INSTALL_PAGES) {
        await page.goto(baseURL + path);
        await summary(page);
        await page.locator('button[aria-controls^="dg-env-picker"]').click();
        const violations = await runAxe(page);
        expect(violations, `${path} (${colorScheme})`).toEqual([]);
      }
      await context.close();
    });
  }

  it('does not overflow at 360 px', async () => {
    const context = await newContext(browser, {width: 360, height: 740});
    const page = await spoofedPage(context, SPOOFS.android);
    for (const path of INSTALL_PAGES) {
      await page.goto(baseURL + path);
      await summary(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
