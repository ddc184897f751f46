import {expect, expectClean, openWidget, test, type Page} from '../fixtures';

const TIMELINE = '[data-testid="virtualization-timeline"]';
const MARK = `${TIMELINE} button[data-event]`;
const HISTORY = '/docs/virtualization/history';

const mark = (page: Page, id: string) => page.locator(`${TIMELINE} button[data-event="${id}"]`);
const detail = (page: Page) => page.locator(`${TIMELINE} [data-testid="timeline-detail"]`);

test.describe('VirtualizationTimeline', () => {
  test('explains the event a reader clicks, in either lane', async ({page, problems}) => {
    await openWidget(page, HISTORY, MARK);
    await expect(mark(page, 'docker')).toHaveAttribute('aria-pressed', 'true');
    await expect(detail(page)).toContainText('dotCloud');
    await mark(page, 'kvm').click();
    await expect(detail(page)).toContainText('KVM, 리눅스 2.6.20에 병합');
    await expect(mark(page, 'kvm')).toHaveAttribute('aria-pressed', 'true');
    await mark(page, 'dockershim-removed').click();
    await expect(detail(page)).toContainText('Kubernetes 1.24');
    expectClean(problems);
  });

  test('moves through time with the arrow keys as one tab stop', async ({page, problems}) => {
    await openWidget(page, HISTORY, MARK);
    await mark(page, 'docker').focus();
    await page.keyboard.press('ArrowDown');
    await expect(mark(page, 'kubernetes')).toBeFocused();
    await expect(detail(page)).toContainText('Kubernetes 공개');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(mark(page, 'user-namespaces')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(mark(page, 'cp-40')).toBeFocused();
    await page.keyboard.press('End');
    await expect(mark(page, 'docker-engine-29')).toBeFocused();
    // Tab leaves the picture: only one of its buttons is in the tab order.
    await expect(page.locator(`${MARK}[tabindex="0"]`)).toHaveCount(1);
    expectClean(problems);
  });

  test('labels of one lane never overlap, on a phone too', async ({page, problems}) => {
    await page.setViewportSize({width: 360, height: 800});
    await openWidget(page, HISTORY, MARK);
    for (const lane of ['vm', 'containers']) {
      const boxes = await page
        .locator(`${TIMELINE} li[data-lane="${lane}"] button`)
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
      for (let i = 1; i < boxes.length; i += 1)
        expect(boxes[i]!.top, `${lane} label ${i}`).toBeGreaterThanOrEqual(
          boxes[i - 1]!.bottom - 1,
        );
    }
    // The lanes stay inside the figure.
    const figure = await page.locator(TIMELINE).boundingBox();
    const widest = await page
      .locator(MARK)
      .evaluateAll((els) => Math.max(...els.map((el) => el.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(figure!.x + figure!.width + 1);
    expectClean(problems);
  });

  test.describe('without JavaScript', () => {
    test.use({javaScriptEnabled: false});

    test('keeps the picture and the complete list in the HTML', async ({page}) => {
      await page.goto(HISTORY);
      expect(await page.locator(MARK).count()).toBeGreaterThanOrEqual(15);
      const listed = page.locator(`${TIMELINE} li[data-list-event]`);
      expect(await listed.count()).toBeGreaterThan(25);
      await page.locator(`${TIMELINE} details > summary`).click();
      await expect(page.locator(TIMELINE)).toContainText('ARPANET 첫 메시지 "LO"');
    });
  });
});
