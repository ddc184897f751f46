import {expect, expectClean, openWidget, test, type Page} from '../fixtures';

const TREE = '[data-testid="process-tree"]';
const PROCESS = `${TREE} button[data-process]`;

const proc = (page: Page, key: string) => page.locator(`${TREE} button[data-process="${key}"]`);
const processes = (page: Page) =>
  page.locator(PROCESS).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.process));

test.describe('ProcessTree', () => {
  test('recolours the tree by namespace kind and option from the keyboard', async ({
    page,
    problems,
  }) => {
    await openWidget(page, '/docs/containers/namespaces', PROCESS);
    await expect(proc(page, 'web-1')).toHaveAttribute('data-ns', 'web');
    // Radios move with the arrow keys: pid → net.
    await page.locator(TREE).getByRole('radio', {name: 'pid'}).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(TREE).getByRole('radio', {name: 'net'})).toBeChecked();
    await page
      .locator(TREE)
      .getByRole('checkbox', {name: /--network container:web/})
      .focus();
    await page.keyboard.press('Space');
    await expect(proc(page, 'debug-1')).toHaveAttribute('data-ns', 'web');
    // The tree is one tab stop; arrows walk it and the detail follows.
    await proc(page, 'web-1').focus();
    await page.keyboard.press('ArrowUp');
    await expect(proc(page, 'shim')).toBeFocused();
    await expect(page.locator(`${TREE} [data-testid="process-detail"]`)).toContainText(
      'containerd.service',
    );
    expectClean(problems);
  });

  test('steps through start-up: runc comes and goes', async ({page, problems}) => {
    await openWidget(page, '/docs/containers/runtimes-and-standards', PROCESS);
    expect(await processes(page)).not.toContain('shim');
    await page.locator(`${TREE} button[data-step="runc"]`).click();
    await expect(proc(page, 'runc')).toBeVisible();
    await page.locator(`${TREE} button[data-step="exec"]`).press('Enter');
    await expect(proc(page, 'runc')).toHaveCount(0);
    await expect(page.locator(`${TREE} [data-testid="process-step"]`)).toContainText('subreaper');
    expectClean(problems);
  });
});
