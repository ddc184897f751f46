import {afterEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, fireEvent, render, screen} from '@testing-library/react';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import CgroupLimiter from '.';

afterEach(cleanup);

const counter = (name: string): string | null | undefined =>
  document.querySelector(`[data-testid="cgroup-frame"] [data-counter="${name}"]`)?.textContent;
const workload = (key: string): HTMLInputElement =>
  document.querySelector<HTMLInputElement>(`input[data-workload="${key}"]`)!;
const slider = (key: string): HTMLInputElement =>
  document.querySelector<HTMLInputElement>(`input[data-limit="${key}"]`)!;

describe('CgroupLimiter on the server', () => {
  const html = renderToHtml(<CgroupLimiter />);
  const text = textOf(html);

  it('shows the default limits, flags and every cgroup file', () => {
    expect(text).toContain('docker run -d --cpus=1.5 --memory=512m --pids-limit=256 nginx');
    expect(text).toContain('150000 100000');
    expect(text).toContain('536870912');
    for (const name of ['cpu.max', 'memory.max', 'memory.swap.max', 'pids.max'])
      expect(text).toContain(name);
    expect(html).toContain('<figcaption');
  });

  it('shows the whole run of every workload without JavaScript', () => {
    // 4 threads under --cpus=1.5: 150 ms of quota per period, three periods shown.
    expect(text).toContain('37.5 ms 만에 다 쓰고 62.5 ms씩 멈춥니다');
    expect(text).toContain('OOMKilled는 true');
    expect(text).toContain('256개에 닿은 뒤로는');
    for (const title of ['CPU 부하', '메모리 부하', '프로세스 부하']) expect(text).toContain(title);
    expect(html.match(/<svg[^>]*role="img"/g)).toHaveLength(3);
    // The controls do nothing without JavaScript, so the no-script style hides them.
    expect(html).toMatch(/<fieldset class="[^"]*dg-js-only/);
  });

  it('hydrates its server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<CgroupLimiter />);
  });
});

describe('CgroupLimiter in the browser', () => {
  it('maps slider changes to flags and files', () => {
    const {container} = render(<CgroupLimiter />);
    fireEvent.change(slider('cpus'), {target: {value: '0.5'}});
    fireEvent.change(slider('memoryMiB'), {target: {value: '1024'}});
    fireEvent.change(slider('pids'), {target: {value: '64'}});
    expect(screen.getByTestId('cgroup-command').textContent).toBe(
      'docker run -d --cpus=0.5 --memory=1g --pids-limit=64 nginx',
    );
    expect(container.querySelector('[data-file="cpu.max"]')?.textContent).toBe('50000 100000');
    expect(container.querySelector('[data-file="memory.max"]')?.textContent).toBe('1073741824');
    expect(container.querySelector('[data-file="pids.max"]')?.textContent).toBe('64');
    expect(slider('cpus').getAttribute('aria-valuetext')).toBe('코어 0.5개');
    const ids = screen.getAllByRole('slider').map((s) => s.id);
    // three limits, the CPU workload's threads and the time
    expect(new Set(ids).size).toBe(5);
    expect(screen.getByRole('slider', {name: /메모리/})).toBe(slider('memoryMiB'));
    // The live region names only the file that just changed, not the whole table.
    expect(screen.getByTestId('cgroup-announcement').textContent).toBe('pids.max: 64');
  });

  it('steps a CPU run frame by frame: running, then throttled until the period ends', () => {
    render(<CgroupLimiter />);
    const time = screen.getByTestId('cgroup-time');
    const frame = screen.getByTestId('cgroup-frame');
    fireEvent.click(screen.getByRole('button', {name: '처음'}));
    expect(frame.textContent).toContain('5 ms');
    expect(counter('cpu.stat nr_throttled')).toBe('0');
    fireEvent.change(time, {target: {value: '7'}}); // 40 ms: past 37.5 ms
    expect(frame.textContent).toContain('40 ms');
    expect(frame.textContent).toContain('스로틀링됩니다');
    fireEvent.change(time, {target: {value: '19'}}); // 100 ms: the period timer counts
    expect(counter('cpu.stat nr_throttled')).toBe('1');
    fireEvent.click(screen.getByRole('button', {name: '다음'}));
    expect(frame.textContent).toContain('105 ms');
    // More cores than threads: never throttled.
    fireEvent.change(slider('cpus'), {target: {value: '4'}});
    expect(screen.getByTestId('cgroup-summary').textContent).toContain('스로틀링이 없습니다');
    expect(counter('cpu.stat nr_throttled')).toBe('0');
  });

  it('follows the memory limit and the process that grows: reclaim, worker kill, PID 1 kill', () => {
    render(<CgroupLimiter />);
    fireEvent.click(screen.getByLabelText(/메모리: 한도보다/));
    const summary = screen.getByTestId('cgroup-summary');
    expect(summary.textContent).toContain('워커를 끝냅니다');
    expect(counter('.State.Status')).toBe('running');
    expect(counter('.State.OOMKilled')).toBe('true');
    fireEvent.click(screen.getByLabelText(/PID 1\(주 프로세스\)이 직접/));
    expect(counter('.State.Status')).toBe('exited');
    expect(counter('.State.ExitCode')).toBe('137');
    fireEvent.change(slider('memoryMiB'), {target: {value: '1024'}});
    expect(summary.textContent).toContain('페이지 캐시를 비워');
    expect(counter('memory.events oom_kill')).toBe('0');
    fireEvent.change(workload('anon'), {target: {value: '128'}});
    fireEvent.change(workload('cache'), {target: {value: '0'}});
    expect(summary.textContent).toContain('아무 일도');
  });

  it('climbs to pids.max and then counts refused forks', () => {
    render(<CgroupLimiter />);
    fireEvent.click(screen.getByLabelText(/프로세스: 끝없이/));
    fireEvent.change(slider('pids'), {target: {value: '64'}});
    expect(counter('pids.current')).toBe('64');
    expect(Number(counter('pids.events max'))).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', {name: '처음'}));
    expect(counter('pids.events max')).toBe('0');
  });

  it('plays the frames and stops at the end', () => {
    vi.useFakeTimers();
    try {
      render(<CgroupLimiter />);
      fireEvent.click(screen.getByRole('button', {name: '재생'}));
      expect(screen.getByRole('button', {name: '멈춤'}).getAttribute('aria-pressed')).toBe('true');
      act(() => {
        vi.advanceTimersByTime(250 * 3);
      });
      expect(screen.getByTestId('cgroup-frame').textContent).toContain('20 ms');
      act(() => {
        vi.advanceTimersByTime(250 * 100);
      });
      expect(screen.getByTestId('cgroup-frame').textContent).toContain('300 ms');
      expect(screen.getByRole('button', {name: '재생'})).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});
