import {expect, expectClean, openWidget, test, type Page} from '../fixtures';

const DESKTOP = '[data-testid="desktop-stack"]';
const tab = (page: Page, name: string) => page.locator(`${DESKTOP} [role="tab"]`, {hasText: name});
const shown = (page: Page) =>
  page
    .locator(`${DESKTOP} [data-os]`)
    .evaluateAll((stacks) =>
      stacks.filter((s) => (s as HTMLElement).offsetParent !== null).map((s) => s.dataset.os),
    );

test.describe('DesktopStack', () => {
  test('follows the OS tab from the keyboard, and the choice carries to part 1', async ({
    page,
    problems,
  }) => {
    await openWidget(page, '/docs/install', `${DESKTOP} [role="tab"]`);
    await tab(page, 'Windows').first().focus();
    // Manual activation (src/theme/Tabs): arrows move focus, Enter selects.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => shown(page)).toEqual(['mac']);
    await expect(page.locator(`${DESKTOP} [data-os="mac"]`)).toContainText(
      '~/.docker/run/docker.sock',
    );
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => shown(page)).toEqual(['linux']);
    await expect(page.locator(`${DESKTOP} [data-os="linux"]`)).toContainText('커널 1개');

    await openWidget(page, '/docs/virtualization/hypervisors', `${DESKTOP} [role="tab"]`);
    await expect.poll(() => shown(page)).toEqual(['linux']);
    expectClean(problems);
  });

  test.describe('without JavaScript', () => {
    test.use({javaScriptEnabled: false});

    test('shows the stack of every OS', async ({page}) => {
      await page.goto('/docs/virtualization/hypervisors');
      expect(await shown(page)).toEqual(['windows', 'mac', 'linux']);
      await expect(page.locator(DESKTOP)).toContainText('dockerDesktopLinuxEngine');
    });
  });
});
