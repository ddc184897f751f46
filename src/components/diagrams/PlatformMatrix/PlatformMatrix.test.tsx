import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import {IMAGES, MACHINES} from '@site/src/lib/diagrams/platform-matrix';
import PlatformMatrix from '.';

afterEach(cleanup);

const chosen = (): (string | null)[] =>
  Array.from(document.querySelectorAll('[data-chosen="true"]')).map((el) =>
    el.getAttribute('data-platform'),
  );
const outcome = (): string | null =>
  document.querySelector('[data-outcome]')!.getAttribute('data-outcome');

describe('PlatformMatrix', () => {
  it('renders the controls, the index, the result and the table of every combination on the server', () => {
    const html = renderToHtml(<PlatformMatrix />);
    const text = textOf(html);
    for (const m of MACHINES) expect(text).toContain(m.label);
    for (const i of IMAGES) expect(text).toContain(i.label);
    expect(text).toContain('linux/arm64');
    expect(text).toContain('← 이것을 받습니다');
    expect(text).toContain('pull 실패 (linux/arm/v7 없음)');
    expect(html).toContain('<figcaption');
    expect(html).toContain('aria-live="polite"');
  });

  it('the Apple silicon Mac pulls the arm64 manifest; the amd64 server the amd64 one', () => {
    render(<PlatformMatrix />);
    expect(chosen()).toEqual(['linux/arm64']);
    expect(outcome()).toBe('native');
    fireEvent.click(screen.getByRole('radio', {name: 'amd64 리눅스 서버'}));
    expect(chosen()).toEqual(['linux/amd64']);
  });

  it('an arm64 manifest forced on the amd64 server ends with exec format error', () => {
    render(<PlatformMatrix />);
    fireEvent.click(screen.getByRole('radio', {name: 'amd64 리눅스 서버'}));
    fireEvent.click(screen.getByRole('radio', {name: '--platform linux/arm64'}));
    expect(outcome()).toBe('exec-format-error');
    expect(screen.getByTestId('platform-matrix').textContent).toContain(
      'exec /server: exec format error',
    );
    expect(screen.getByTestId('platform-matrix-summary').textContent).toContain(
      'exec format error로 끝납니다',
    );
  });

  it('the Raspberry Pi finds no arm/v7 manifest and the pull fails', () => {
    render(<PlatformMatrix />);
    fireEvent.click(screen.getByRole('radio', {name: 'Raspberry Pi (32비트 OS)'}));
    expect(outcome()).toBe('no-match');
    expect(chosen()).toEqual([]);
    expect(screen.getByTestId('platform-matrix').textContent).toContain(
      'no matching manifest for linux/arm/v7 in the manifest list entries',
    );
  });

  it('hydrates its server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<PlatformMatrix />);
  });
});
