// Every interactive figure, in one table: it passes axe before and after a reader changes it,
// fits the screen, and its page loads cleanly — in light mode on a desktop and in dark mode on
// a 360 px phone (one load for both; loading in dark mode is the nginx crawl's check). The figures' behaviour has a spec of its own per figure in this folder.
import {runAxe} from '../axe';
import {
  DESKTOP as DESKTOP_VIEWPORT,
  expect,
  expectClean,
  gotoHydrated,
  PHONE,
  test,
  transitionsDone,
  waitForReact,
  watchPage,
  type Page,
} from '../fixtures';

interface Widget {
  /** The figure's root. */
  readonly selector: string;
  /** An element React renders inside it: once hydrated, the figure reacts to input. */
  readonly control: string;
  /** Brings the figure into a second state (open details, another selection) to check again. */
  readonly change: (page: Page) => Promise<void>;
}

const TIMELINE = '[data-testid="virtualization-timeline"]';
const STACK = '[data-testid="architecture-stack"]';
const EXPLORER = '[data-testid="namespace-explorer"]';
const LIMITER = '[data-testid="cgroup-limiter"]';
const ARCH = '[data-diagram="docker-architecture"]';
const LAYERS = '[data-diagram="image-layers"]';
const LIFECYCLE = '[data-diagram="container-lifecycle"]';
const BUILD_CACHE = '[data-testid="build-cache"]';
const TOPOLOGY = '[data-testid="compose-topology"]';
const DESKTOP = '[data-testid="desktop-stack"]';
const PROCESS_TREE = '[data-testid="process-tree"]';
const VM_COMPARE = '[data-testid="container-vs-vm"]';
const processTree = (change: (page: Page) => Promise<void>): Widget => ({
  selector: PROCESS_TREE,
  control: `${PROCESS_TREE} button[data-process]`,
  change,
});
const CI_PIPELINE = '[data-testid="ci-pipeline"]';
const COMPOSE_TO_K8S = '[data-testid="compose-to-k8s"]';
const CAPS = '[data-testid="capability-matrix"]';

/** Page path → the figures on it. */
const FIGURES: Readonly<Record<string, readonly Widget[]>> = {
  '/docs/virtualization/history': [
    {
      selector: TIMELINE,
      control: `${TIMELINE} button[data-event]`,
      change: async (page) => {
        await page.locator(`${TIMELINE} button[data-event="wsl-2"]`).click();
        await page.locator(`${TIMELINE} details > summary`).click();
      },
    },
  ],
  '/docs/virtualization/hypervisors': [
    {
      selector: STACK,
      control: `${STACK} button[data-stack-toggle]`,
      change: async (page) => {
        await page
          .locator(`${STACK} section[data-stack="containers"] button[data-layer="host-kernel"]`)
          .click();
        await page.locator(`${STACK} section[data-stack="type1"] details summary`).click();
        await expect(page.locator(`${STACK} section[data-stack="type1"] details`)).toHaveAttribute(
          'open',
          '',
        );
      },
    },
  ],
  '/docs/install': [
    {
      selector: DESKTOP,
      control: `${DESKTOP} [role="tab"]`,
      change: async (page) => {
        await page.locator(`${DESKTOP} [role="tab"]`, {hasText: 'macOS'}).click();
        await expect(page.locator(`${DESKTOP} [data-os="mac"]`)).toBeVisible();
      },
    },
  ],
  '/docs/containers/namespaces': [
    {
      selector: EXPLORER,
      control: `${EXPLORER} [role="tab"]`,
      change: async (page) => {
        await page.locator(`${EXPLORER} [role="tab"]`, {hasText: '사용자'}).click();
        await expect(page.locator(`${EXPLORER} [role="tab"][aria-selected="true"]`)).toHaveText(
          '사용자',
        );
      },
    },
    processTree(async (page) => {
      await page.locator(PROCESS_TREE).getByRole('radio', {name: 'net'}).check();
      await page
        .locator(PROCESS_TREE)
        .getByRole('checkbox', {name: /--network container:web/})
        .check();
    }),
  ],
  '/docs/containers/what-is-container': [
    {
      selector: VM_COMPARE,
      control: `${VM_COMPARE} input[type="range"]`,
      change: (page) => page.locator(`${VM_COMPARE} input[type="range"]`).fill('7'),
    },
  ],
  '/docs/containers/runtimes-and-standards': [
    processTree((page) => page.locator(`${PROCESS_TREE} button[data-step="runc"]`).click()),
  ],
  '/docs/containers/cgroups': [
    {
      selector: LIMITER,
      control: `${LIMITER} input[type="radio"]`,
      change: (page) => page.locator(LIMITER).getByLabel('메모리: 한도보다 많이 할당').check(),
    },
  ],
  '/docs/docker-basics/architecture': [
    {
      selector: ARCH,
      control: `${ARCH} input[value="run"]`,
      change: async (page) => {
        await page.locator(`${ARCH} label`, {hasText: 'docker pull nginx'}).click();
        await page.locator(`${ARCH} [data-testid="arch-next"]`).click();
        await expect(page.locator(`${ARCH} [data-component="registry"]`)).toHaveAttribute(
          'data-active',
          'true',
        );
      },
    },
  ],
  '/docs/docker-basics/images-and-layers': [
    {
      selector: LAYERS,
      control: `${LAYERS} [data-line="0"]`,
      change: async (page) => {
        await page.locator(`${LAYERS} [data-testid="edit-file"]`).click();
        await expect(page.locator(`${LAYERS} [data-testid="writable-layer"]`)).toContainText(
          'copy-up',
        );
      },
    },
  ],
  '/docs/docker-basics/container-lifecycle': [
    {
      selector: LIFECYCLE,
      control: `${LIFECYCLE} [data-command="run"]`,
      change: async (page) => {
        await page.locator(`${LIFECYCLE} [data-command="run"]`).click();
        await page.locator(`${LIFECYCLE} [data-command="rm"]`).click();
        await expect(page.locator(`${LIFECYCLE} [data-testid="lifecycle-output"]`)).not.toBeEmpty();
      },
    },
  ],
  '/docs/building-images/dockerfile-basics': [
    {
      selector: BUILD_CACHE,
      control: `${BUILD_CACHE} input[data-scenario="source"]`,
      change: (page) => page.locator(BUILD_CACHE).getByLabel('순진한 순서: COPY . . 먼저').check(),
    },
  ],
  '/docs/building-images/ci-and-registries': [
    {
      selector: CI_PIPELINE,
      control: `${CI_PIPELINE} input[data-scenario="source"]`,
      change: async (page) => {
        await page.locator(CI_PIPELINE).getByLabel('첫 실행 (캐시 비어 있음)').check();
        await page
          .locator(CI_PIPELINE)
          .getByRole('button', {name: /취약점 검사/})
          .click();
        await expect(page.locator(`${CI_PIPELINE} [aria-current="step"]`)).toContainText(
          '취약점 검사',
        );
      },
    },
  ],
  '/docs/building-images/security': [
    {
      selector: CAPS,
      control: `${CAPS} input[data-set="default"]`,
      change: (page) => page.locator(`${CAPS} input[data-set="privileged"]`).check(),
    },
  ],
  '/docs/compose-cluster/compose-file': [
    {
      selector: TOPOLOGY,
      control: `${TOPOLOGY} [data-service-button="db"]`,
      change: async (page) => {
        await page.locator(`${TOPOLOGY} [data-service-button="db"]`).click();
        await expect(page.locator(`${TOPOLOGY} [aria-pressed="true"]`)).toHaveText('db');
      },
    },
  ],
  '/docs/compose-cluster/kubernetes-lab': [
    {
      selector: COMPOSE_TO_K8S,
      control: `${COMPOSE_TO_K8S} [data-choice="all"]`,
      change: async (page) => {
        await page.locator(`${COMPOSE_TO_K8S} [data-choice="secrets"]`).click();
        await expect(page.locator(`${COMPOSE_TO_K8S} [aria-pressed="true"]`)).toHaveText('secrets');
      },
    },
  ],
};

/** Elements of the figure that stick out past the viewport (scrollable boxes may). */
const overflowing = (page: Page, selector: string) =>
  page.locator(selector).evaluate((figure) => {
    const limit = document.documentElement.clientWidth;
    return Array.from(figure.querySelectorAll('*'))
      .filter((element) => element.getBoundingClientRect().right > limit + 1)
      .filter((element) => !element.closest('[tabindex="0"], table, pre'))
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
      .slice(0, 3);
  });

const LIGHT_DESKTOP = {colorScheme: 'light', viewport: DESKTOP_VIEWPORT} as const;
const DARK_PHONE = {colorScheme: 'dark', viewport: PHONE} as const;
type Mode = typeof LIGHT_DESKTOP | typeof DARK_PHONE;
const nameOf = (mode: Mode) => (mode === DARK_PHONE ? 'dark mode, 360 px' : 'light mode, desktop');

/**
 * Turns the page to another colour mode and width, the way the site follows a system change
 * (respectPrefersColorScheme), and waits until the colours have settled.
 */
async function switchTo(page: Page, mode: Mode): Promise<void> {
  await page.setViewportSize(mode.viewport);
  await page.emulateMedia({colorScheme: mode.colorScheme});
  await expect(page.locator('html')).toHaveAttribute('data-theme', mode.colorScheme);
  await transitionsDone(page);
}

/** The figure and the page fit the width: nothing sticks out, nothing scrolls sideways. */
async function expectFits(page: Page, widgets: readonly Widget[], mode: Mode): Promise<void> {
  for (const widget of widgets) {
    const figure = page.locator(widget.selector);
    expect(await figure.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await overflowing(page, widget.selector), widget.selector).toEqual([]);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    mode.viewport.width,
  );
}

// One load per page for both modes: each figure is checked as loaded in light mode on a desktop
// and in dark mode on a 360 px phone, then changed on the phone (the per-figure specs change it
// on a desktop) and checked again in both modes.
test.describe('interactive figures in light mode on a desktop and dark mode at 360 px', () => {
  for (const [path, widgets] of Object.entries(FIGURES)) {
    test(`${path}: ${widgets.map((widget) => widget.selector).join(', ')} pass axe before and after a change and fit the screen`, async ({
      reusedPage,
      site,
    }) => {
      const page = await reusedPage({
        name: 'figures',
        ...LIGHT_DESKTOP,
        // Reduced motion: axe must judge the settled colours, not a tab caught mid-transition
        // (a CI run measured the old and new tab between their colours).
        reducedMotion: 'reduce',
      });
      const problems = watchPage(page, site.url);
      await gotoHydrated(page, path);
      for (const widget of widgets) await waitForReact(page, widget.control);
      for (const mode of [LIGHT_DESKTOP, DARK_PHONE]) {
        await switchTo(page, mode);
        for (const widget of widgets) {
          expect(
            await runAxe(page, widget.selector),
            `${widget.selector} as loaded, ${nameOf(mode)}`,
          ).toEqual([]);
        }
      }
      // Now in dark mode at 360 px: change each figure there, then check it in both modes.
      for (const widget of widgets) await widget.change(page);
      for (const mode of [DARK_PHONE, LIGHT_DESKTOP]) {
        await switchTo(page, mode);
        for (const widget of widgets) {
          expect(
            await runAxe(page, widget.selector),
            `${widget.selector} changed, ${nameOf(mode)}`,
          ).toEqual([]);
        }
        await expectFits(page, widgets, mode);
      }
      expectClean(problems);
    });
  }
});
