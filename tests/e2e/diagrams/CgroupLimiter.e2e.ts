import {expect, expectClean, openWidget, test, type Page} from '../fixtures';

const LIMITER = '[data-testid="cgroup-limiter"]';
const CGROUPS = '/docs/containers/cgroups';

const file = (page: Page, name: string) => page.locator(`${LIMITER} [data-file="${name}"]`);
const slider = (page: Page, limit: string) =>
  page.locator(`${LIMITER} input[data-limit="${limit}"]`);

test.describe('CgroupLimiter', () => {
  test('updates flags and cgroup files from the keyboard', async ({page, problems}) => {
    await openWidget(page, CGROUPS, `${LIMITER} input[data-limit="cpus"]`);
    await expect(file(page, 'cpu.max')).toHaveText('150000 100000');
    const cpu = slider(page, 'cpus');
    await expect(cpu).toBeEnabled();
    await cpu.focus();
    await page.keyboard.press('ArrowRight');
    await expect(file(page, 'cpu.max')).toHaveText('175000 100000');
    await expect(cpu).toHaveAttribute('aria-valuetext', '코어 1.75개');

    await slider(page, 'memoryMiB').focus();
    await page.keyboard.press('ArrowRight');
    await expect(file(page, 'memory.max')).toHaveText(String(576 * 1024 * 1024));

    await slider(page, 'pids').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(file(page, 'pids.max')).toHaveText('240');

    await expect(page.locator('[data-testid="cgroup-command"]')).toHaveText(
      'docker run -d --cpus=1.75 --memory=576m --pids-limit=240 nginx',
    );
    await page.keyboard.press('End');
    await expect(file(page, 'pids.max')).toHaveText('1024');
    expectClean(problems);
  });

  test('explains what happens past each limit', async ({page, problems}) => {
    await openWidget(page, CGROUPS, `${LIMITER} input[type="radio"]`);
    const outcome = page.locator('[data-testid="cgroup-outcome"]');
    await page.locator(LIMITER).getByLabel('메모리: 한계보다 많이 할당').check();
    await expect(outcome).toContainText('true 137');
    // Radios move with arrow keys too.
    await page.keyboard.press('ArrowDown');
    await expect(outcome).toContainText('Resource temporarily unavailable');
    await page.locator(LIMITER).getByLabel('CPU: 4개 스레드가 쉬지 않고 계산').check();
    await expect(outcome).toContainText('nr_throttled 100');
    expectClean(problems);
  });
});
