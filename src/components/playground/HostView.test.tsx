import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import {createEngine} from '@site/src/lib/docker-sim';
import {expectHydratesWithoutChange} from '@site/tests/utils/ssr';
import HostView from './HostView';
import {FRESH_PANEL} from './freshView';
import {toPanel} from './simulatorSession';

afterEach(cleanup);

describe('HostView', () => {
  it('draws what the engine holds and marks what each command changed', () => {
    const engine = createEngine({seed: 1, now: () => Date.parse('2026-12-01T10:00:00Z')});
    const panel = () => toPanel(engine.snapshot());
    let revision = 0;
    const {container, rerender} = render(<HostView data={panel()} revision={revision} />);
    const view = () => container.querySelector('[data-testid="host-view"]')!;
    expect(view().textContent).toContain('공개한 포트 없음');
    expect(view().querySelectorAll('[data-changed]')).toHaveLength(0);

    engine.run('docker network create appnet');
    engine.run('docker volume create data');
    engine.run('docker run -d --name web --network appnet -v data:/data -p 8080:80 nginx');
    rerender(<HostView data={panel()} revision={++revision} />);
    const web = view().querySelector('[data-container="web"]')!;
    expect(web.closest('[data-network]')!.getAttribute('data-network')).toBe('appnet');
    expect(web.getAttribute('data-changed')).toBe('added');
    expect(view().textContent).toContain('8080 → web:80/tcp');
    expect(view().querySelector('[data-volume="data"]')!.textContent).toContain('← web');
    expect(view().querySelector('[data-image="nginx:latest"]')!.textContent).toContain('→ web');
    expect(view().textContent).toContain('마지막 명령으로 바뀐 것: 컨테이너 web 생김');

    // A re-render without a command (the terminal echoing) keeps the marks.
    rerender(<HostView data={panel()} revision={revision} />);
    expect(view().querySelector('[data-container="web"]')!.getAttribute('data-changed')).toBe(
      'added',
    );
    // A command that changes nothing clears them.
    engine.run('docker ps');
    rerender(<HostView data={panel()} revision={++revision} />);
    expect(view().querySelectorAll('[data-changed]')).toHaveLength(0);
    expect(view().textContent).not.toContain('마지막 명령으로');

    engine.run('docker stop web');
    rerender(<HostView data={panel()} revision={++revision} />);
    expect(view().querySelector('[data-container="web"]')!.getAttribute('data-changed')).toBe(
      'changed',
    );
    expect(view().querySelector('[data-container="web"]')!.textContent).toContain('종료됨');

    engine.run('docker rm web');
    rerender(<HostView data={panel()} revision={++revision} />);
    expect(view().querySelector('[data-container="web"]')).toBeNull();
    expect(view().textContent).toContain('사라짐: 컨테이너 web');
  });

  it('hydrates the fresh picture of the server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<HostView data={FRESH_PANEL} revision={0} />);
  });
});
