import {expect, expectClean, openWidget, test, type Page} from '../fixtures';

const BUILD_CACHE = '[data-testid="build-cache"]';
const DOCKERFILE_BASICS = '/docs/building-images/dockerfile-basics';

const statuses = (page: Page) =>
  page
    .locator(`${BUILD_CACHE} [data-status]`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-status')));
const cachedCount = async (page: Page) =>
  (await statuses(page)).filter((s) => s === 'cached').length;
const summary = (page: Page) => page.locator(`${BUILD_CACHE} [data-testid="build-cache-summary"]`);

test.describe('BuildCache', () => {
  test('reacts to the mouse: order and scenario change which steps say CACHED', async ({
    page,
    problems,
  }) => {
    await openWidget(page, DOCKERFILE_BASICS, `${BUILD_CACHE} input[data-scenario="source"]`);
    await page.locator(BUILD_CACHE).scrollIntoViewIfNeeded();
    // initial: good order, source changed → only COPY . . reruns
    expect(await statuses(page)).toEqual([
      'cached',
      'cached',
      'cached',
      'cached',
      'rebuilt',
      'config',
    ]);
    await page.locator(BUILD_CACHE).getByLabel('순진한 순서: COPY . . 먼저').check();
    await expect
      .poll(() => statuses(page))
      .toEqual(['cached', 'cached', 'rebuilt', 'rebuilt', 'config']);
    await expect(summary(page)).toContainText('npm ci가 다시 실행됩니다');
    await page.locator(BUILD_CACHE).getByLabel('베이스 이미지 변경').check();
    await expect.poll(() => cachedCount(page)).toBe(0);
    await expect(page.locator(`${BUILD_CACHE} [data-testid="build-cache-log"]`)).not.toContainText(
      'CACHED',
    );
    await page.locator(BUILD_CACHE).getByRole('button', {name: 'WORKDIR /app'}).click();
    await expect
      .poll(() => statuses(page))
      .toEqual(['cached', 'rebuilt', 'rebuilt', 'rebuilt', 'config']);
    expectClean(problems);
  });

  test('reacts to the keyboard: radio arrows and Enter on a line', async ({page, problems}) => {
    await openWidget(page, DOCKERFILE_BASICS, `${BUILD_CACHE} input[data-scenario="source"]`);
    await page.locator(`${BUILD_CACHE} input[data-scenario="source"]`).focus();
    await page.keyboard.press('ArrowDown'); // → package.json 변경
    await expect
      .poll(() => statuses(page))
      .toEqual(['cached', 'cached', 'rebuilt', 'rebuilt', 'rebuilt', 'config']);
    await expect(summary(page)).toContainText('package.json 변경');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp'); // → 아무것도 안 바꿈
    await expect.poll(() => cachedCount(page)).toBe(5);
    const runLine = page.locator(BUILD_CACHE).getByRole('button', {name: 'RUN npm ci --omit=dev'});
    await runLine.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => statuses(page))
      .toEqual(['cached', 'cached', 'cached', 'rebuilt', 'rebuilt', 'config']);
    await expect(runLine).toHaveAttribute('aria-pressed', 'true');
    expectClean(problems);
  });
});
