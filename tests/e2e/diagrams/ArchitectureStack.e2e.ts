import {runAxe} from '../axe';
import {expect, expectClean, openWidget, test, type Page} from '../fixtures';

const STACK = '[data-testid="architecture-stack"]';
const TOGGLE = `${STACK} button[data-stack-toggle]`;
const HYPERVISORS = '/docs/virtualization/hypervisors';
const OS_VIRTUALIZATION = '/docs/virtualization/os-virtualization';
const ALL_FOUR = ['bare-metal', 'type1', 'type2', 'containers'];

// Shown on screen (without JavaScript the <noscript> style reveals sections that keep `hidden`).
const visibleStacks = (page: Page) =>
  page
    .locator(`${STACK} section[data-stack]`)
    .evaluateAll((sections) =>
      sections
        .filter((s) => getComputedStyle(s).display !== 'none')
        .map((s) => (s as HTMLElement).dataset.stack),
    );
const detail = (page: Page) => page.locator(`${STACK} [data-testid="stack-detail"]`);
const toggle = (page: Page, stack: string) =>
  page.locator(`${STACK} button[data-stack-toggle="${stack}"]`);

test.describe('ArchitectureStack', () => {
  test('switches and compares stacks with the mouse; a click explains a layer', async ({
    page,
    problems,
  }) => {
    await openWidget(page, HYPERVISORS, TOGGLE);
    expect(await visibleStacks(page)).toEqual(ALL_FOUR);
    await page.locator(`${STACK} button[data-preset="type1+type2"]`).click();
    await expect.poll(() => visibleStacks(page)).toEqual(['type1', 'type2']);
    await toggle(page, 'containers').click();
    await expect.poll(() => visibleStacks(page)).toEqual(['type1', 'type2', 'containers']);
    await page.locator(`${STACK} section[data-stack="type2"] button[data-layer="host-os"]`).click();
    await expect(detail(page)).toHaveText(/^Type 2 하이퍼바이저 · 호스트 OS/);
    expectClean(problems);
  });

  test('works from the keyboard: toggles, presets, and layer detail on focus with arrow keys', async ({
    page,
    problems,
  }) => {
    await openWidget(page, HYPERVISORS, TOGGLE);
    await toggle(page, 'bare-metal').focus();
    await page.keyboard.press('Enter');
    await expect(toggle(page, 'bare-metal')).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(toggle(page, 'type1')).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => visibleStacks(page)).toEqual(['type2', 'containers']);
    await expect(page.locator(`${STACK} [data-testid="stack-summary"]`)).toHaveText(
      'Type 2 하이퍼바이저, 컨테이너 구조를 나란히 비교합니다.',
    );

    await page.locator(`${STACK} button[data-preset="type1+containers"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => visibleStacks(page)).toEqual(['type1', 'containers']);

    // Tab into the first layer of the Type 1 stack: its description appears.
    const first = page.locator(`${STACK} section[data-stack="type1"] button[data-layer]`).first();
    await first.focus();
    await expect(detail(page)).toHaveText(/^Type 1 하이퍼바이저 · 게스트 애플리케이션/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(detail(page)).toHaveText(
      /^Type 1 하이퍼바이저 · 하이퍼바이저: 하드웨어 바로 위에서/,
    );
    await expect(page.locator(`${STACK} button[data-layer]:focus`)).toHaveAttribute(
      'data-layer',
      'hypervisor',
    );
    await page.keyboard.press('End');
    await expect(detail(page)).toContainText('물리 하드웨어(VT-x/AMD-V)');
    expectClean(problems);
  });

  test('starts as a two-stack comparison on the OS-level virtualization page', async ({
    page,
    problems,
  }) => {
    await openWidget(page, OS_VIRTUALIZATION, TOGGLE);
    await expect.poll(() => visibleStacks(page)).toEqual(['type1', 'containers']);
    await expect(toggle(page, 'type2')).toHaveAttribute('aria-pressed', 'false');
    await page.locator(`${STACK} button[data-preset="bare-metal+type1+type2+containers"]`).click();
    await expect.poll(() => visibleStacks(page)).toEqual(ALL_FOUR);
    expect(await runAxe(page, STACK)).toEqual([]);
    expectClean(problems);
  });

  test.describe('without JavaScript', () => {
    test.use({javaScriptEnabled: false});

    test('shows all four stacks on the OS-level virtualization page', async ({page}) => {
      await page.goto(OS_VIRTUALIZATION);
      expect(await visibleStacks(page)).toEqual(ALL_FOUR);
    });

    test('shows all four stacks and every layer description', async ({page}) => {
      await page.goto(HYPERVISORS);
      expect(await visibleStacks(page)).toEqual(ALL_FOUR);
      await expect(page.locator(STACK)).toContainText('모든 컨테이너가 이 커널 하나를 함께 씁니다');
    });
  });
});
