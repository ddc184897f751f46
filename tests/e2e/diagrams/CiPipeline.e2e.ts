import {expect, expectClean, openWidget, test, type Page} from '../fixtures';

const CI_PIPELINE = '[data-testid="ci-pipeline"]';
const CHAPTER = '/docs/building-images/ci-and-registries';

const layerStatuses = (page: Page) =>
  page
    .locator(`${CI_PIPELINE} [data-status]`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-status')));
const status = (page: Page) => page.locator(`${CI_PIPELINE} [data-testid="ci-pipeline-status"]`);

test.describe('CiPipeline', () => {
  test('reacts to the keyboard: radio arrows change the cache, Tab and Enter walk the steps', async ({
    page,
    problems,
  }) => {
    await openWidget(page, CHAPTER, `${CI_PIPELINE} input[data-scenario="source"]`);
    expect(await layerStatuses(page)).toEqual([
      'cached',
      'cached',
      'cached',
      'cached',
      'rebuilt',
      'config',
    ]);
    await page.locator(`${CI_PIPELINE} input[data-scenario="source"]`).focus();
    await page.keyboard.press('ArrowDown'); // → package.json을 바꾼 푸시
    await expect
      .poll(() => layerStatuses(page))
      .toEqual(['cached', 'cached', 'rebuilt', 'rebuilt', 'rebuilt', 'config']);
    await expect(status(page)).toContainText('npm ci가 amd64와 arm64');

    const next = page.locator(CI_PIPELINE).getByRole('button', {name: '다음 단계'});
    await next.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(status(page)).toContainText('3/9 QEMU와 Buildx 준비');
    const scan = page.locator(CI_PIPELINE).getByRole('button', {name: /취약점 검사/});
    await scan.focus();
    await page.keyboard.press('Enter');
    await expect(scan).toHaveAttribute('aria-current', 'step');
    await expect(status(page)).toContainText('7/9 취약점 검사');
    expectClean(problems);
  });
});
