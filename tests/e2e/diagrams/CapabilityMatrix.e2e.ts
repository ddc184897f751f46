import {expect, expectClean, openWidget, test, type Page} from '../fixtures';

const CAPS = '[data-testid="capability-matrix"]';
const SECURITY = '/docs/building-images/security';

const bind80 = (page: Page) =>
  page
    .locator(`${CAPS} [data-op="bind80"] td`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-allowed')));
const summary = (page: Page) => page.locator(`${CAPS} [data-testid="capability-summary"]`);

test.describe('CapabilityMatrix', () => {
  test('reacts to the mouse: a flag set explains its verdicts, host networking changes port 80', async ({
    page,
    problems,
  }) => {
    await openWidget(page, SECURITY, `${CAPS} input[data-set="default"]`);
    await page.locator(CAPS).scrollIntoViewIfNeeded();
    await expect(summary(page)).toHaveText(
      '기본값(옵션 없음): 케이퍼빌리티 14개, 작업 5가지 중 3가지 허용.',
    );
    await page.locator(`${CAPS} input[data-set="drop-all"]`).check();
    await expect(summary(page)).toContainText('케이퍼빌리티 없음');
    await expect(page.locator(`${CAPS} [data-testid="capability-rules"]`)).toContainText(
      'CAP_CHOWN이(가) 빠져 있어',
    );
    expect(await bind80(page)).toEqual(['true', 'true', 'true', 'true', 'true']);
    await page.locator(`${CAPS} [data-testid="host-network"]`).check();
    await expect.poll(() => bind80(page)).toEqual(['true', 'false', 'true', 'false', 'true']);
    expectClean(problems);
  });

  test('reacts to the keyboard: arrows move through the flag sets, Space toggles host networking', async ({
    page,
    problems,
  }) => {
    await openWidget(page, SECURITY, `${CAPS} input[data-set="default"]`);
    await page.locator(`${CAPS} input[data-set="default"]`).focus();
    await page.keyboard.press('ArrowDown'); // → --cap-drop ALL
    await expect(summary(page)).toContainText('모두 빼기');
    await page.locator(`${CAPS} [data-testid="host-network"]`).focus();
    await page.keyboard.press('Space');
    await expect(summary(page)).toContainText('--network host');
    expectClean(problems);
  });
});
