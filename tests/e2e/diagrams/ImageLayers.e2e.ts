import {expect, expectClean, openWidget, test, type Page} from '../fixtures';

const LAYERS = '[data-diagram="image-layers"]';
const IMAGES_AND_LAYERS = '/docs/docker-basics/images-and-layers';

const line = (page: Page, index: number) => page.locator(`${LAYERS} [data-line="${index}"]`);
const detail = (page: Page) => page.locator(`${LAYERS} [data-testid="layers-detail"]`);
const editFile = (page: Page) => page.locator(`${LAYERS} [data-testid="edit-file"]`);

test.describe('ImageLayers', () => {
  test('selects a Dockerfile line with the mouse and toggles copy-up', async ({page, problems}) => {
    await openWidget(page, IMAGES_AND_LAYERS, `${LAYERS} [data-line="0"]`);
    await page.locator(LAYERS).scrollIntoViewIfNeeded();
    await line(page, 3).click();
    await expect(page.locator(`${LAYERS} [data-layer="app"]`).first()).toHaveAttribute(
      'data-selected',
      'true',
    );
    await expect(detail(page)).toContainText('1.2 kB');
    await line(page, 0).click();
    await expect(page.locator(`${LAYERS} [data-layer="base"][data-selected="true"]`)).toHaveCount(
      2,
    );
    await editFile(page).click();
    await expect(page.locator(`${LAYERS} [data-testid="writable-layer"]`)).toContainText('copy-up');
    expectClean(problems);
  });

  test('moves between lines with the keyboard and presses 파일 수정 with Enter', async ({
    page,
    problems,
  }) => {
    await openWidget(page, IMAGES_AND_LAYERS, `${LAYERS} [data-line="0"]`);
    await line(page, 1).focus();
    await page.keyboard.press('ArrowDown');
    await expect(line(page, 2)).toHaveAttribute('aria-pressed', 'true');
    await expect(detail(page)).toContainText('Env');
    await page.keyboard.press('End');
    await expect(page.locator(`${LAYERS} [data-line]:focus`)).toHaveAttribute('data-line', '4');
    await editFile(page).focus();
    await page.keyboard.press('Enter');
    await expect(editFile(page)).toHaveAttribute('aria-pressed', 'true');
    expectClean(problems);
  });
});
