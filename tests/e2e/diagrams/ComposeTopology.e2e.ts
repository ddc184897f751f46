import {expect, expectClean, openWidget, test, type Page} from '../fixtures';

const TOPOLOGY = '[data-testid="compose-topology"]';
const COMPOSE_FILE = '/docs/compose-cluster/compose-file';

const pressed = (page: Page) => page.locator(`${TOPOLOGY} [aria-pressed="true"]`);
const selectedNodes = (page: Page) =>
  page
    .locator(`${TOPOLOGY} [data-node][data-selected="true"]`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-node')));
const firstSelectedLine = (page: Page) =>
  page.locator(`${TOPOLOGY} [data-line][data-selected="true"]`).first();
const serviceButton = (page: Page, name: string) =>
  page.locator(`${TOPOLOGY} [data-service-button="${name}"]`);

test.describe('ComposeTopology', () => {
  test('selects a service with the keyboard and highlights its lines and nodes', async ({
    page,
    problems,
  }) => {
    await openWidget(page, COMPOSE_FILE, `${TOPOLOGY} [data-service-button="web"]`);
    await serviceButton(page, 'web').focus();
    await expect(pressed(page)).toHaveText('web');
    await expect(firstSelectedLine(page)).toContainText('web:');
    await page.keyboard.press('ArrowRight');
    await expect(pressed(page)).toHaveText('db');
    await expect(serviceButton(page, 'db')).toBeFocused();
    await expect(firstSelectedLine(page)).toContainText('db:');
    await expect
      .poll(() => selectedNodes(page))
      .toEqual(expect.arrayContaining(['service:db', 'network:back', 'volume:db-data']));
    expect(await selectedNodes(page)).not.toContain('network:front');
    await expect(page.locator(`${TOPOLOGY} [data-testid="compose-topology-detail"]`)).toContainText(
      'PostgreSQL',
    );
    await page.keyboard.press('End');
    await expect(pressed(page)).toHaveText('adminer');
    await expect.poll(() => selectedNodes(page)).toContain('port:8081');
    expectClean(problems);
  });

  test('selects a service with the mouse', async ({page, problems}) => {
    await openWidget(page, COMPOSE_FILE, `${TOPOLOGY} [data-service-button="cache"]`);
    await serviceButton(page, 'cache').click();
    await expect(pressed(page)).toHaveText('cache');
    await expect(firstSelectedLine(page)).toContainText('cache:');
    expectClean(problems);
  });
});
