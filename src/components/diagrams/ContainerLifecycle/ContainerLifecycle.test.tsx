import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import ContainerLifecycle from '.';

afterEach(cleanup);

describe('ContainerLifecycle', () => {
  it('renders every state, command and the transition table on the server', () => {
    const html = renderToHtml(<ContainerLifecycle />);
    const text = textOf(html);
    for (const label of [
      'created (생성됨)',
      'running (실행 중)',
      'paused (일시 정지)',
      'restarting (재시작 중)',
      'exited (종료됨)',
      'removed (삭제됨)',
    ]) {
      expect(text).toContain(label);
    }
    for (const command of [
      'docker create --name web nginx',
      'docker run -d --name web nginx',
      'docker pause web',
      'docker unpause web',
      'docker stop web',
      'docker kill web',
      'docker restart web',
      'docker rm web',
    ]) {
      expect(text).toContain(command);
    }
    expect(text).toContain('Up 5 seconds (Paused)');
    expect(text).toContain('Exited (137) 2 seconds ago');
    expect(text).toContain('Restarting (1) 1 second ago');
    expect(html).toContain('<figcaption>');
    expect(html).toMatch(/role="img"/);
  });

  it('moves through the states and shows the STATUS text', () => {
    render(<ContainerLifecycle />);
    const click = (id: string) =>
      fireEvent.click(document.querySelector(`[data-command="${id}"]`)!);
    const status = () => screen.getByTestId('lifecycle-status').textContent;
    click('create');
    expect(status()).toContain('Created');
    click('start');
    expect(status()).toContain('Up 3 seconds');
    click('pause');
    expect(status()).toContain('Up 5 seconds (Paused)');
    click('unpause');
    click('kill');
    expect(status()).toContain('Exited (137)');
    expect(document.querySelector('[data-current="true"]')?.getAttribute('data-state')).toBe(
      'exited',
    );
  });

  it("shows Docker's error for rm on a running container and keeps the state", () => {
    render(<ContainerLifecycle />);
    fireEvent.click(document.querySelector('[data-command="run"]')!);
    fireEvent.click(document.querySelector('[data-command="rm"]')!);
    expect(screen.getByTestId('lifecycle-output').textContent).toContain(
      'container is running: stop the container before removing or force remove',
    );
    expect(screen.getByTestId('lifecycle-current').textContent).toContain('running');
    expect(document.querySelector('[data-command="rm"]')?.getAttribute('data-valid')).toBe('false');
  });
});

describe('ContainerLifecycle hydration', () => {
  it('hydrates its server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<ContainerLifecycle />);
  });
});
