import {expect, expectClean, openWidget, test, type Page} from '../fixtures';

const ARCH = '[data-diagram="docker-architecture"]';
const ARCHITECTURE = '/docs/docker-basics/architecture';

const stepText = (page: Page) => page.locator(`${ARCH} [data-testid="arch-step-text"]`);
const component = (page: Page, id: string) => page.locator(`${ARCH} [data-component="${id}"]`);

test.describe('DockerArchitecture', () => {
  test('picks a command and steps with the mouse', async ({page, problems}) => {
    await openWidget(page, ARCHITECTURE, `${ARCH} input[value="run"]`);
    await page.locator(ARCH).scrollIntoViewIfNeeded();
    await page.locator(`${ARCH} label`, {hasText: 'docker pull nginx'}).click();
    await expect(stepText(page)).toContainText('/images/create');
    await page.locator(`${ARCH} [data-testid="arch-next"]`).click();
    await expect(stepText(page)).toContainText('이미지 인덱스');
    await expect(component(page, 'registry')).toHaveAttribute('data-active', 'true');
    await page.locator(`${ARCH} [data-testid="arch-prev"]`).click();
    await expect(stepText(page)).toContainText('/images/create');
    expectClean(problems);
  });

  test('changes command with arrow keys in the radio group and steps with arrow keys, Home and End', async ({
    page,
    problems,
  }) => {
    await openWidget(page, ARCHITECTURE, `${ARCH} input[value="run"]`);
    await page.locator(`${ARCH} input[value="run"]`).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(`${ARCH} input[value="exec"]`)).toBeChecked();
    await expect(stepText(page)).toContainText('exec 인스턴스');
    await page.locator(`${ARCH} [data-testid="arch-step"]`).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(stepText(page)).toContainText('runc exec');
    await expect(component(page, 'runc')).toHaveAttribute('data-active', 'true');
    await page.keyboard.press('End');
    await expect(stepText(page)).toContainText('프롬프트');
    await page.keyboard.press('Home');
    await expect(stepText(page)).toContainText('exec 인스턴스');
    expectClean(problems);
  });
});
