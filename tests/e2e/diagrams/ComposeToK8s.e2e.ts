import {expect, expectClean, openWidget, test, type Page} from '../fixtures';

const FIGURE = '[data-testid="compose-to-k8s"]';
const LAB = '/docs/compose-cluster/kubernetes-lab';

const visibleCards = (page: Page) =>
  page
    .locator(`${FIGURE} [data-mapping]`)
    .evaluateAll((cards) =>
      cards
        .filter((card) => (card as HTMLElement).offsetParent !== null)
        .map((card) => card.dataset.mapping),
    );
const choice = (page: Page, id: string) => page.locator(`${FIGURE} [data-choice="${id}"]`);

test.describe('ComposeToK8s', () => {
  test('narrows to one Compose key from the keyboard, and shows all again', async ({
    page,
    problems,
  }) => {
    await openWidget(page, LAB, `${FIGURE} [data-choice="all"]`);
    expect((await visibleCards(page)).length).toBeGreaterThan(6);
    await choice(page, 'all').focus();
    await page.keyboard.press('ArrowRight');
    await expect(choice(page, 'image')).toBeFocused();
    await expect.poll(() => visibleCards(page)).toEqual(['image']);
    await choice(page, 'healthcheck').click();
    await expect.poll(() => visibleCards(page)).toEqual(['healthcheck']);
    await expect(page.locator(`${FIGURE} [data-testid="compose-to-k8s-status"]`)).toHaveText(
      'healthcheck → Deployment → readinessProbe, livenessProbe',
    );
    await page.keyboard.press('Home');
    await expect(choice(page, 'all')).toHaveAttribute('aria-pressed', 'true');
    expect((await visibleCards(page)).length).toBeGreaterThan(6);
    expectClean(problems);
  });

  test.describe('without JavaScript', () => {
    test.use({javaScriptEnabled: false});

    test('shows every key with its Kubernetes lines', async ({page}) => {
      await page.goto(LAB);
      expect(await visibleCards(page)).toEqual(
        expect.arrayContaining(['image', 'ports', 'healthcheck', 'resources', 'depends_on']),
      );
      await expect(page.locator(FIGURE)).toContainText('memory: 256Mi');
    });
  });
});
