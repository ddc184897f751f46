import type {BrowserContext} from '@playwright/test';
import {runAxe} from './axe';
import {
  DESKTOP,
  expect,
  gotoHydrated,
  layoutShiftSoFar,
  PHONE,
  shownText,
  test,
  transitionsDone,
  watchLayoutShifts,
  watchPage,
  type Page,
} from './fixtures';

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
  'nat-chain-docker',
  'wsl-docker-not-found',
  'wsl-register-0x80370102',
  'wsl-systemd',
  'wsl-vhdx-not-shrinking',
  'mac-app-damaged',
  'mac-docker-command-not-found',
  'credential-helper-not-found',
  'apt-docker-ce-not-found',
  'snap-docker-conflict',
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
  await spoofPage(page, spoof);
  return page;
}

/** The page tells the site it runs on the spoofed system (user agent and client hints). */
async function spoofPage(page: Page, spoof: Spoof): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
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

/** The detected-environment line once detection has run. */
async function summary(page: Page): Promise<string> {
  const locator = page.getByTestId('dg-env-summary');
  await expect(locator).not.toHaveText('확인하는 중…');
  await expect(locator).not.toBeEmpty();
  return (await locator.textContent()) ?? '';
}

const ANDROID_NOTICE = 'Android에서는 Docker Desktop도 Docker Engine도 설치할 수 없습니다';

test.describe('install pages: OS detection and the site-wide OS choice', () => {
  const cases: readonly [string, Spoof, string, string][] = [
    ['Windows 11 on x64', SPOOFS.windows11, 'Windows · x86-64', 'Windows'],
    ['macOS on Apple silicon', SPOOFS.macAppleSilicon, 'macOS · Apple silicon', 'macOS'],
    ['Linux on x86-64', SPOOFS.linux, 'Linux · x86-64', 'Linux'],
  ];

  for (const [name, spoof, expectedSummary, expectedTab] of cases) {
    test(`detects ${name} and selects the ${expectedTab} tab`, async ({context, site}) => {
      const page = await spoofedPage(context, spoof);
      const problems = watchPage(page, site.url);
      await gotoHydrated(page, '/docs/install');
      await expect(page.getByTestId('dg-env-summary')).toHaveText(expectedSummary);
      // The choosing guide's tabs and the DesktopStack figure's follow the detection alike.
      await expect.poll(() => selectedOsTabs(page)).toEqual([expectedTab, expectedTab]);
      // The choice is stored where every os tab group on the site reads it.
      await gotoHydrated(page, '/docs/install/post-install');
      await expect.poll(() => selectedOsTabs(page)).toEqual([expectedTab, expectedTab]);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
    });
  }

  test('tells an Android reader that Docker Desktop does not run there and stores no OS', async ({
    context,
  }) => {
    const page = await spoofedPage(context, SPOOFS.android);
    await gotoHydrated(page, '/docs/install');
    await expect(page.getByTestId('dg-env-summary')).toHaveText('Android');
    await expect(page.getByText(ANDROID_NOTICE)).toBeVisible();
    const stored = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('docusaurus.tab.os')),
    );
    expect(stored).toEqual([]);
  });

  test.describe('on a phone', () => {
    test.use({viewport: {width: 412, height: 800}});

    test('shows the Android notice from the first paint: no layout shift', async ({context}) => {
      const page = await spoofedPage(context, SPOOFS.android);
      await watchLayoutShifts(page);
      await gotoHydrated(page, '/docs/install/windows');
      await expect(page.getByTestId('dg-env-summary')).toHaveText('Android');
      await expect(page.locator('[data-dg-notice="android"]')).toBeVisible();
      await expect(
        page.locator('[data-dg-notice="ios"], [data-dg-notice="chromeos"]'),
      ).not.toHaveCount(0);
      for (const notice of await page
        .locator('[data-dg-notice="ios"], [data-dg-notice="chromeos"]')
        .all())
        await expect(notice).toBeHidden();
      // Read after hydration and the notice settled: any shift so far is counted.
      expect(await layoutShiftSoFar(page)).toBeLessThan(0.01);
    });

    test('shows the Android notice even before the scripts run', async ({context}) => {
      // Without main.js nothing hydrates: the early mark alone shows the notice. A fresh context,
      // so no service worker serves main.js past the route block.
      const page = await spoofedPage(context, SPOOFS.android);
      await page.route(/\/assets\/js\/main\.[0-9a-f]+\.js$/, (route) => route.abort());
      await page.goto('/docs/install/windows', {waitUntil: 'networkidle'});
      await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'false');
      await expect(page.locator('[data-dg-notice="android"]')).toBeVisible();
    });
  });

  test('carries a tab clicked on one page to the next page, and never overwrites it with detection', async ({
    context,
  }) => {
    const page = await spoofedPage(context, SPOOFS.windows11);
    await gotoHydrated(page, '/docs/install');
    await summary(page);
    await page.getByRole('tab', {name: 'Linux'}).first().click();
    await expect.poll(() => selectedOsTabs(page)).toEqual(['Linux', 'Linux']);
    await expect(page.getByTestId('dg-env-summary')).toContainText('Linux');
    await gotoHydrated(page, '/docs/install/uninstall-upgrade');
    await summary(page);
    await expect.poll(() => selectedOsTabs(page)).toEqual(['Linux', 'Linux']);
    await expect(page.getByText('선택한 환경:')).toHaveCount(1);
  });

  test('changes OS and CPU from the "바꾸기" control with the keyboard, and every tab group follows', async ({
    context,
    site,
  }) => {
    const page = await spoofedPage(context, SPOOFS.macAppleSilicon);
    const problems = watchPage(page, site.url);
    await gotoHydrated(page, '/docs/install/troubleshooting');
    await expect(page.getByTestId('dg-env-summary')).toHaveText('macOS · Apple silicon');
    const toggle = page.locator('button[aria-controls^="dg-env-picker"]');
    await expect(toggle).toHaveText('바꾸기');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const macRadio = page.getByRole('radio', {name: 'macOS'});
    await expect(macRadio).toBeChecked();
    await macRadio.focus();
    // Arrow keys move through a native radio group and select as they go.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', {name: 'Linux'})).toBeChecked();
    await expect
      .poll(async () => {
        const tabs = await selectedOsTabs(page);
        return tabs.length > 3 && tabs.every((tab) => tab === 'Linux');
      })
      .toBe(true);
    await page.getByRole('radio', {name: /Arm64/}).check();
    await expect(page.getByTestId('dg-env-summary')).toHaveText('Linux · Arm64');
    await expect(page.locator('[aria-live="polite"]').first()).toContainText('Arm64');
    await gotoHydrated(page, '/docs/install/post-install');
    await expect(page.getByTestId('dg-env-summary')).toHaveText('Linux · Arm64');
    await expect.poll(() => selectedOsTabs(page)).toEqual(['Linux', 'Linux']);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('?os=linux selects Linux even for a Windows reader, without storing it', async ({
    context,
    site,
  }) => {
    const page = await spoofedPage(context, SPOOFS.windows11);
    const problems = watchPage(page, site.url);
    await gotoHydrated(page, '/docs/install/troubleshooting?os=linux');
    await expect(page.getByTestId('dg-env-summary')).toContainText('Linux');
    await expect
      .poll(async () => {
        const tabs = await selectedOsTabs(page);
        return tabs.length > 0 && tabs.every((tab) => tab === 'Linux');
      })
      .toBe(true);
    await gotoHydrated(page, '/docs/install/post-install');
    await expect.poll(() => selectedOsTabs(page)).toEqual(['Windows', 'Windows']);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  test('?os=bogus is ignored without an error and dropped from the address', async ({
    context,
    site,
  }) => {
    const page = await spoofedPage(context, SPOOFS.macAppleSilicon);
    const problems = watchPage(page, site.url);
    await gotoHydrated(page, '/docs/install/post-install?os=bogus');
    await expect(page.getByTestId('dg-env-summary')).toHaveText('macOS · Apple silicon');
    await expect.poll(() => new URL(page.url()).searchParams.has('os')).toBe(false);
    await expect.poll(() => selectedOsTabs(page)).toEqual(['macOS', 'macOS']);
    await expect(page.locator('h1').first()).toHaveText('설치 후 설정');
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});

test.describe('install pages without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  /** Every tab panel is shown: without JavaScript a reader sees all OS, shell and distribution panels. */
  async function expectEveryPanelVisible(page: Page): Promise<void> {
    const panels = page.locator('[role="tabpanel"]');
    expect(await panels.count()).toBeGreaterThan(0);
    for (const panel of await panels.all()) await expect(panel).toBeVisible();
  }

  // One load per page for all of its checks without JavaScript.
  test('/docs/install/windows shows every OS, shell and distribution panel, labels each panel and says that the OS was not detected', async ({
    page,
  }) => {
    await page.goto('/docs/install/windows');
    await test.step('every panel is shown', () => expectEveryPanelVisible(page));
    await expect(page.locator('.dg-tab-cmd').first()).toBeVisible();
    const label = page.locator('.dg-tab-cmd .dg-tab-label').first();
    await expect(label).toBeVisible();
    await expect(label).toHaveText('명령 프롬프트');
    // innerText: the notice is what a reader sees, as the page lays it out without JavaScript.
    await expect(page.locator('main')).toContainText(
      'JavaScript가 꺼져 있어 운영체제를 자동으로 감지하지 않았습니다',
      {useInnerText: true},
    );
    // The live "감지된 환경" line and its dead button are hidden without JavaScript.
    await expect(page.locator('button[aria-controls^="dg-env-picker"]')).toBeHidden();
  });

  test('/docs/install/linux shows every OS, shell and distribution panel and the commands of every Linux distribution', async ({
    page,
  }) => {
    await page.goto('/docs/install/linux');
    await test.step('every panel is shown', () => expectEveryPanelVisible(page));
    const text = await shownText(page, 'main');
    for (const command of [
      'download.docker.com/linux/ubuntu',
      'download.docker.com/linux/debian',
      'addrepo --from-repofile',
    ]) {
      expect(text).toContain(command);
    }
  });

  test('/docs/install/troubleshooting shows every OS, shell and distribution panel', async ({
    page,
  }) => {
    await page.goto('/docs/install/troubleshooting');
    await expectEveryPanelVisible(page);
  });
});

test.describe('troubleshooting anchors', () => {
  // One load for both checks (loading the page once per id took minutes on a busy machine).
  test('has at least 20 entries, each quoting its message in a text block, and resolves every #id to its heading', async ({
    page,
  }) => {
    expect(TROUBLESHOOTING_IDS.length).toBeGreaterThanOrEqual(20);
    await page.goto('/docs/install/troubleshooting');
    await test.step('one entry per id, each quoting its message in a text block', async () => {
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
    });
    await test.step('resolves every #id to its heading', async () => {
      const tags = await page.evaluate(
        (ids) => ids.map((id) => document.getElementById(id)?.tagName ?? null),
        [...TROUBLESHOOTING_IDS],
      );
      expect(tags).toEqual(TROUBLESHOOTING_IDS.map(() => 'H3'));
    });
  });

  test('scrolls a #id link to its heading', async ({page}) => {
    const id = TROUBLESHOOTING_IDS[TROUBLESHOOTING_IDS.length - 1]!;
    await page.goto(`/docs/install/troubleshooting#${id}`);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    // Once hydrated and detected, the heading is still there: the OS tabs above it did not
    // switch under the reader (they switched from Windows to Linux ~1 s after load, moving it
    // 1,100 px down, before the early tab choice of src/lib/platform/early.ts).
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    await expect(page.getByTestId('dg-env-summary')).toContainText('Linux');
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });
});

test.describe('OS tabs before the scripts run', () => {
  // The site's scripts never arrive: what shows is what the server HTML, the inline head
  // script and CSS show in the moment before hydration.
  const firstOsGroup = (page: Page) => page.locator('[data-tab-group=os]').first();

  for (const [query, shown] of [
    ['', 'linux'],
    ['?os=mac', 'mac'],
  ] as const) {
    test(`show the ${shown} panel and tab already${query ? ` for ${query}` : ' (the browser says Linux)'}`, async ({
      page,
    }) => {
      await page.route(/\.js$/, (route) => route.abort());
      await page.goto(`/docs/install/troubleshooting${query}`);
      await expect(page.locator('html')).toHaveAttribute('data-dg-tab-os', shown);
      const group = firstOsGroup(page);
      for (const value of ['windows', 'mac', 'linux']) {
        const panel = group.locator(`> div > [role=tabpanel].dg-tab-${value}`);
        if (value === shown) await expect(panel).toBeVisible();
        else await expect(panel).toBeHidden();
      }
      const colorOf = (value: string) =>
        group
          .locator(`> ul > [data-tab-value=${value}]`)
          .evaluate((tab) => getComputedStyle(tab).borderBottomColor);
      const other = shown === 'linux' ? 'windows' : 'linux';
      expect(await colorOf(shown)).not.toBe(await colorOf(other));
      expect(await colorOf(other)).toBe('rgba(0, 0, 0, 0)');
    });
  }

  test('leave the choice to the tabs once hydrated: a click still switches', async ({page}) => {
    await page.goto('/docs/install/troubleshooting?os=windows');
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    const group = firstOsGroup(page);
    await expect(group.locator('> div > .dg-tab-windows')).toBeVisible();
    await group.locator('> ul > [data-tab-value=mac]').click();
    await expect(group.locator('> div > .dg-tab-mac')).toBeVisible();
    await expect(group.locator('> div > .dg-tab-windows')).toBeHidden();
  });
});

test.describe('install pages pass axe', () => {
  // One load per page for both modes: the site follows the system colour scheme live (no stored
  // choice, respectPrefersColorScheme). Loading in dark mode is the dark crawl's check.
  for (const path of INSTALL_PAGES) {
    test(`${path} in light and dark mode, with the environment picker open`, async ({
      reusedPage,
    }) => {
      const page = await reusedPage({
        name: 'Windows 11',
        setUp: (page) => spoofPage(page, SPOOFS.windows11),
        viewport: DESKTOP,
        colorScheme: 'light',
      });
      await page.goto(path);
      await summary(page);
      const toggle = page.locator('button[aria-controls^="dg-env-picker"]');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      for (const colorScheme of ['light', 'dark'] as const) {
        await test.step(`${colorScheme} mode`, async () => {
          await page.emulateMedia({colorScheme});
          await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
          await expect(toggle).toHaveAttribute('aria-expanded', 'true');
          await transitionsDone(page);
          expect(await runAxe(page), `${path} (${colorScheme})`).toEqual([]);
        });
      }
    });
  }

  test.describe('at 360 px', () => {
    for (const path of INSTALL_PAGES) {
      test(`${path} does not overflow`, async ({reusedPage}) => {
        const page = await reusedPage({
          name: 'Android',
          setUp: (page) => spoofPage(page, SPOOFS.android),
          viewport: PHONE,
          colorScheme: 'light',
        });
        await page.goto(path);
        await summary(page);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, path).toBeLessThanOrEqual(0);
      });
    }
  });
});
