import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import CgroupLimiter from '.';

afterEach(cleanup);

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

  it('explains every load scenario without JavaScript', () => {
    expect(text).toContain('nr_throttled 100');
    expect(text).toContain('true 137');
    expect(text).toContain('Resource temporarily unavailable');
    expect(text).toContain('부하 시뮬레이션');
    // The controls do nothing without JavaScript, so the no-script style hides them.
    expect(html.match(/<input[^>]*>/g)?.every((input) => input.includes('dg-js-only'))).toBe(true);
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
    expect(screen.getAllByRole('slider').map((s) => s.id)).toHaveLength(3);
    expect(screen.getByRole('slider', {name: /메모리/})).toBe(slider('memoryMiB'));
    // The live region names only the file that just changed, not the whole table.
    expect(screen.getByTestId('cgroup-announcement').textContent).toBe('pids.max: 64');
  });

  it('shows the chosen load outcome only', () => {
    render(<CgroupLimiter />);
    const outcome = screen.getByTestId('cgroup-outcome');
    expect(outcome.textContent).toContain('평소 상태');
    fireEvent.click(screen.getByLabelText(/메모리: 한계보다/));
    expect(outcome.textContent).toContain('true 137');
    expect(outcome.textContent).not.toContain('nr_throttled');
    fireEvent.click(screen.getByLabelText(/CPU: 4개/));
    expect(outcome.textContent).toContain('nr_throttled 100');
    fireEvent.change(slider('cpus'), {target: {value: '4'}});
    expect(outcome.textContent).toContain('nr_throttled 0');
    fireEvent.click(screen.getByLabelText(/프로세스: 끝없이/));
    expect(outcome.textContent).toContain('256개(pids.max)');
  });
});
