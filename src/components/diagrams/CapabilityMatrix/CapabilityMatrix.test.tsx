import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import {FLAG_SETS, OPERATIONS} from '@site/src/lib/diagrams/capability-matrix';
import CapabilityMatrix from '.';

afterEach(cleanup);

const bind80Row = () =>
  Array.from(document.querySelectorAll('[data-op="bind80"] td')).map((td) =>
    td.getAttribute('data-allowed'),
  );

describe('CapabilityMatrix', () => {
  it('renders the whole matrix, every option and the reasons for the default on the server', () => {
    const html = renderToHtml(<CapabilityMatrix />);
    const text = textOf(html);
    for (const s of FLAG_SETS) expect(text).toContain(s.flags);
    for (const op of OPERATIONS) {
      expect(text).toContain(op.label);
      expect(text).toContain(op.capability);
    }
    expect(html.match(/data-allowed="(true|false)"/g)?.length).toBe(
      OPERATIONS.length * FLAG_SETS.length + OPERATIONS.length,
    );
    expect(text).toContain('기본값(옵션 없음): 케이퍼빌리티 14개, 작업 5가지 중 3가지 허용.');
    expect(text).toContain('ip_unprivileged_port_start=0');
    expect(html).toContain('<figcaption');
    expect(html).toContain('aria-live="polite"');
  });

  it('choosing --cap-drop ALL explains the refusals and empties the capability list', () => {
    render(<CapabilityMatrix />);
    fireEvent.click(document.querySelector('[data-set="drop-all"]')!);
    expect(screen.getByTestId('capability-summary').textContent).toBe(
      '모두 빼기(--cap-drop ALL): 케이퍼빌리티 없음, 작업 5가지 중 1가지 허용.',
    );
    expect(screen.getByTestId('capability-list').textContent).toContain('없음');
    expect(screen.getByTestId('capability-rules').textContent).toContain(
      'CAP_CHOWN이(가) 빠져 있어',
    );
    expect(document.querySelector('th[data-col="drop-all"]')!.className).toMatch(/selectedCol/);
  });

  it('--network host turns port 80 into a capability check', () => {
    render(<CapabilityMatrix />);
    expect(bind80Row()).toEqual(['true', 'true', 'true', 'true', 'true']);
    fireEvent.click(screen.getByTestId('host-network'));
    expect(bind80Row()).toEqual(['true', 'false', 'true', 'false', 'true']);
  });

  it('hydrates its server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<CapabilityMatrix />);
  });
});
