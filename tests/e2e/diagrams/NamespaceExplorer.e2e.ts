import {expect, expectClean, openWidget, test, type Page} from '../fixtures';

const EXPLORER = '[data-testid="namespace-explorer"]';
const TAB = `${EXPLORER} [role="tab"]`;
const NAMESPACES = '/docs/containers/namespaces';

const selectedTab = (page: Page) => page.locator(`${EXPLORER} [role="tab"][aria-selected="true"]`);
const visiblePanel = (page: Page) => page.locator(`${EXPLORER} [role="tabpanel"]:visible`);

test.describe('NamespaceExplorer', () => {
  test('switches kind with the mouse', async ({page, problems}) => {
    await openWidget(page, NAMESPACES, TAB);
    await page.locator(EXPLORER).scrollIntoViewIfNeeded();
    await expect(selectedTab(page)).toHaveText('PID');
    await expect(visiblePanel(page)).toHaveCount(1);
    await page.locator(TAB, {hasText: '네트워크'}).click();
    await expect(selectedTab(page)).toHaveText('네트워크');
    await expect(visiblePanel(page)).toContainText('--net');
    await expect(visiblePanel(page)).toContainText('172.17.0.2/16');
    await page.locator(TAB, {hasText: '시간'}).click();
    await expect(visiblePanel(page)).toContainText('5.6');
    await expect(visiblePanel(page)).toContainText('--time');
    expectClean(problems);
  });

  test('switches kind with the keyboard (arrows, Home, End) and keeps focus on the tab', async ({
    page,
    problems,
  }) => {
    await openWidget(page, NAMESPACES, TAB);
    await page.locator(TAB, {hasText: 'PID'}).focus();
    await page.keyboard.press('ArrowRight');
    await expect(selectedTab(page)).toHaveText('네트워크');
    await expect(page.locator(`${TAB}:focus`)).toHaveText('네트워크');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(selectedTab(page)).toHaveText('IPC');
    await expect(visiblePanel(page)).toContainText('--ipc');
    await page.keyboard.press('Home');
    await expect(selectedTab(page)).toHaveText('마운트');
    await page.keyboard.press('ArrowLeft');
    await expect(selectedTab(page)).toHaveText('시간');
    await page.keyboard.press('End');
    await expect(selectedTab(page)).toHaveText('시간');
    await expect(page.locator(`${TAB}:focus`)).toHaveText('시간');
    // Tab moves out of the tab list into the selected panel.
    await page.keyboard.press('Tab');
    await expect(page.locator(`${EXPLORER} [role="tabpanel"]:focus`)).toHaveCount(1);
    expectClean(problems);
  });
});
