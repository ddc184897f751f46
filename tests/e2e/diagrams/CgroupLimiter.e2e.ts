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

  test('steps a workload through time from the keyboard', async ({page, problems}) => {
    await openWidget(page, CGROUPS, `${LIMITER} [data-testid="cgroup-time"]`);
    const frame = page.locator('[data-testid="cgroup-frame"]');
    const counter = (name: string) => frame.locator(`[data-counter="${name}"]`);
    const time = page.locator(`${LIMITER} [data-testid="cgroup-time"]`);
    await expect(time).toBeEnabled();
    // CPU: 4 threads under --cpus=1.5 burn the 150 ms quota by 37.5 ms, then stall.
    await time.focus();
    await page.keyboard.press('Home');
    await expect(frame).toContainText('5 ms');
    for (let i = 0; i < 7; i += 1) await page.keyboard.press('ArrowRight');
    await expect(time).toHaveAttribute('aria-valuetext', '40 ms');
    await expect(frame).toContainText('스로틀링됩니다');
    await page.keyboard.press('End');
    await expect(counter('cpu.stat nr_throttled')).toHaveText('3');

    // Memory: radios move with arrow keys; the default worker is OOM-killed and the container runs on.
    await page.locator(LIMITER).getByLabel('CPU: 스레드가 쉬지 않고 계산').focus();
    await page.keyboard.press('ArrowDown');
    await expect(counter('.State.OOMKilled')).toHaveText('true');
    await expect(counter('.State.Status')).toHaveText('running');
    await page.keyboard.press('ArrowDown');
    await expect(counter('pids.current')).toHaveText('256');
    await page.getByRole('button', {name: '처음'}).click();
    await expect(counter('pids.events max')).toHaveText('0');
    await page.getByRole('button', {name: '다음'}).press('Enter');
    await expect(frame).toContainText('2단계');
    expectClean(problems);
  });
});
