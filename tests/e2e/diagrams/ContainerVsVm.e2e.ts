import {expect, expectClean, openWidget, test} from '../fixtures';

const FIGURE = '[data-testid="container-vs-vm"]';
const SLIDER = `${FIGURE} input[type="range"]`;

test.describe('ContainerVsVm', () => {
  test('the workload slider adds guest kernels on the VM side only', async ({page, problems}) => {
    await openWidget(page, '/docs/containers/what-is-container', SLIDER);
    const kernels = page.locator(`${FIGURE} [data-kernels]`);
    await expect(kernels).toHaveText(['커널 3개: VM마다 하나', '커널 1개: 모두 함께 씀']);
    await page.locator(SLIDER).focus();
    await page.keyboard.press('End');
    await expect(kernels).toHaveText(['커널 8개: VM마다 하나', '커널 1개: 모두 함께 씀']);
    await expect(page.locator(`${FIGURE} [data-cell="vm-kernels"]`)).toHaveText('8개');
    await page.keyboard.press('Home');
    await expect(page.locator(`${FIGURE} [data-cell="vm-kernels"]`)).toHaveText('1개');
    await expect(page.locator(FIGURE)).toContainText('모형(예시)');
    expectClean(problems);
  });
});
