import {expect, expectClean, openWidget, test, type Page} from '../fixtures';

const LIFECYCLE = '[data-diagram="container-lifecycle"]';
const CONTAINER_LIFECYCLE = '/docs/docker-basics/container-lifecycle';

const status = (page: Page) => page.locator(`${LIFECYCLE} [data-testid="lifecycle-status"]`);
const command = (page: Page, name: string) => page.locator(`${LIFECYCLE} [data-command="${name}"]`);

test.describe('ContainerLifecycle', () => {
  test('changes the STATUS text when commands are clicked', async ({page, problems}) => {
    await openWidget(page, CONTAINER_LIFECYCLE, `${LIFECYCLE} [data-command="create"]`);
    await page.locator(LIFECYCLE).scrollIntoViewIfNeeded();
    await command(page, 'create').click();
    await expect(status(page)).toContainText('Created');
    await command(page, 'start').click();
    await expect(status(page)).toContainText('Up 3 seconds');
    await command(page, 'pause').click();
    await expect(status(page)).toContainText('Up 5 seconds (Paused)');
    await command(page, 'rm').click();
    await expect(page.locator(`${LIFECYCLE} [data-testid="lifecycle-output"]`)).toContainText(
      'must be unpaused first',
    );
    await command(page, 'kill').click();
    await expect(status(page)).toContainText('Exited (137)');
    expectClean(problems);
  });

  test('is operable with the keyboard', async ({page, problems}) => {
    await openWidget(page, CONTAINER_LIFECYCLE, `${LIFECYCLE} [data-command="run"]`);
    await command(page, 'run').focus();
    await page.keyboard.press('Enter');
    await expect(status(page)).toContainText('Up 3 seconds');
    await command(page, 'stop').focus();
    await page.keyboard.press('Space');
    await expect(status(page)).toContainText('Exited (0)');
    await expect(page.locator(`${LIFECYCLE} [data-current="true"]`)).toHaveAttribute(
      'data-state',
      'exited',
    );
    expectClean(problems);
  });
});
