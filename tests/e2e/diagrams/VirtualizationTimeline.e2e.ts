import {expect, expectClean, openWidget, test, type Page} from '../fixtures';

const TIMELINE = '[data-testid="virtualization-timeline"]';
const RADIO = `${TIMELINE} input[type="radio"]`;
const HISTORY = '/docs/virtualization/history';

const visibleEvents = (page: Page) =>
  page
    .locator(`${TIMELINE} li[data-event]`)
    .evaluateAll((items) =>
      items
        .filter((item) => !(item as HTMLElement).hidden)
        .map((item) => (item as HTMLElement).dataset.event),
    );
const events = (page: Page) => page.locator(`${TIMELINE} li[data-event]`);
const status = (page: Page) => page.locator(`${TIMELINE} [data-testid="timeline-status"]`);
const filter = (page: Page, kind: 'era' | 'category', value: string) =>
  page.locator(`${TIMELINE} input[data-filter="${kind}"][value="${value}"]`);

test.describe('VirtualizationTimeline', () => {
  test('filters by era and category with the mouse', async ({page, problems}) => {
    await openWidget(page, HISTORY, RADIO);
    const total = await events(page).count();
    expect(total).toBeGreaterThan(20);
    expect(await visibleEvents(page)).toHaveLength(total);

    // Click the visible labels, as a reader would.
    await page
      .locator(`${TIMELINE} fieldset`)
      .nth(0)
      .getByText('2000년대 · x86 가상화', {exact: true})
      .click();
    await page.locator(`${TIMELINE} fieldset`).nth(1).getByText('가상화', {exact: true}).click();
    await expect.poll(() => visibleEvents(page)).toEqual(['xen', 'intel-vt-x', 'amd-v', 'kvm']);
    await expect(status(page)).toHaveText('2000년대 · x86 가상화, 가상화: 사건 4개를 보여 줍니다.');
    await expect(page.locator('#timeline-cp-40')).toBeHidden();

    await filter(page, 'era', 'all').click();
    await filter(page, 'category', 'all').click();
    await expect.poll(() => visibleEvents(page)).toHaveLength(total);
    expectClean(problems);
  });

  test('filters with the keyboard (arrow keys move within each radio group)', async ({
    page,
    problems,
  }) => {
    await openWidget(page, HISTORY, RADIO);
    await filter(page, 'era', 'all').focus();
    await page.keyboard.press('ArrowRight');
    await expect(filter(page, 'era', 'mainframe')).toBeChecked();
    await expect.poll(() => visibleEvents(page)).toContain('cp-40');
    expect(await visibleEvents(page)).not.toContain('docker-engine-29');

    // Tab leaves the era group and lands on the checked radio of the category group.
    await page.keyboard.press('Tab');
    await expect(page.locator(`${TIMELINE} input[data-filter="category"]:focus`)).toHaveCount(1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(filter(page, 'category', 'containers')).toBeChecked();
    await expect.poll(() => visibleEvents(page)).toEqual(['chroot']);
    await expect(status(page)).toContainText('사건 1개');
    expectClean(problems);
  });

  test.describe('without JavaScript', () => {
    test.use({javaScriptEnabled: false});

    test('keeps the complete list in the HTML', async ({page}) => {
      await page.goto(HISTORY);
      const total = await events(page).count();
      expect(total).toBeGreaterThan(20);
      expect(await visibleEvents(page)).toHaveLength(total);
      await expect(page.locator(TIMELINE)).toContainText('ARPANET 첫 메시지 "LO"');
    });
  });
});
