import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import ProcessTree from '.';

afterEach(cleanup);

const proc = (key: string): HTMLButtonElement =>
  document.querySelector<HTMLButtonElement>(`button[data-process="${key}"]`)!;
const processes = () =>
  Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-process]')).map(
    (b) => b.dataset.process,
  );

describe('ProcessTree on the server', () => {
  const html = renderToHtml(<ProcessTree />);
  const text = textOf(html);

  it('shows the running tree with host and container PIDs, and the start-up in words', () => {
    for (const line of [
      '1 systemd',
      '812 containerd',
      '955 dockerd',
      '1503 containerd-shim',
      '1524 nginx',
      '1561 nginx',
    ])
      expect(text).toContain(line);
    expect(text).toContain('안에서는 PID 1');
    expect(text).toContain('안에서는 PID 29');
    expect(text).toContain('runc init');
    expect(text).toContain('userns-remap');
    expect(html).toContain('<figcaption');
  });

  it('selects web’s PID 1 and lists its namespaces', () => {
    expect(text).toContain('nginx 마스터(web의 PID 1)');
    expect(text).toContain('pid: web 컨테이너 · net: web 컨테이너');
    expect(text).toContain('user: 호스트');
  });

  it('hydrates its server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<ProcessTree />);
  });
});

describe('ProcessTree in the browser', () => {
  it('recolours by namespace kind and by option', () => {
    render(<ProcessTree />);
    expect(proc('web-1').dataset.ns).toBe('web');
    expect(proc('shim').dataset.ns).toBe('host');
    fireEvent.click(screen.getByRole('radio', {name: 'user'}));
    expect(proc('web-1').dataset.ns).toBe('host');
    fireEvent.click(screen.getByRole('checkbox', {name: /userns-remap/}));
    expect(proc('web-1').dataset.ns).toBe('web');
    expect(screen.getByTestId('process-detail').textContent).toContain('100000');

    fireEvent.click(screen.getByRole('radio', {name: 'net'}));
    fireEvent.click(screen.getByRole('checkbox', {name: /--network container:web/}));
    expect(proc('debug-1').dataset.ns).toBe('web');
    fireEvent.click(screen.getByRole('radio', {name: 'pid'}));
    expect(proc('debug-1').dataset.ns).toBe('debug');
    expect(screen.getByTestId('process-summary').textContent).toContain('3개');

    fireEvent.click(screen.getByRole('checkbox', {name: /--pid host/}));
    expect(proc('web-1').dataset.ns).toBe('host');
    expect(proc('web-1').textContent).not.toContain('안에서는');
  });

  it('shows runc arriving under the shim and leaving nginx to it', () => {
    render(<ProcessTree />);
    fireEvent.click(screen.getByRole('button', {name: '1. 실행 전'}));
    expect(processes()).toEqual(['systemd', 'containerd', 'dockerd', 'sshd', 'bash']);
    fireEvent.click(screen.getByRole('button', {name: '3. runc create'}));
    expect(processes()).toContain('runc');
    expect(proc('web-1').textContent).toContain('runc:[2:INIT]');
    fireEvent.click(screen.getByRole('button', {name: '4. runc start'}));
    expect(processes()).not.toContain('runc');
    expect(screen.getByTestId('process-step').textContent).toContain('subreaper');
  });

  it('moves through the processes with the arrow keys and explains each', () => {
    render(<ProcessTree />);
    proc('web-1').focus();
    fireEvent.keyDown(proc('web-1'), {key: 'ArrowUp'});
    expect(document.activeElement).toBe(proc('shim'));
    expect(screen.getByTestId('process-detail').textContent).toContain(
      '/system.slice/containerd.service',
    );
    fireEvent.keyDown(proc('shim'), {key: 'Home'});
    expect(document.activeElement).toBe(proc('systemd'));
    expect(proc('systemd').tabIndex).toBe(0);
    expect(proc('web-1').tabIndex).toBe(-1);
  });
});
