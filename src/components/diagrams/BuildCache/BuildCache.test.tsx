import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import {DOCKERFILES, SCENARIOS} from '@site/src/lib/diagrams/build-cache';
import BuildCache from '.';

afterEach(cleanup);

const statuses = () =>
  Array.from(document.querySelectorAll('[data-status]')).map((el) =>
    el.getAttribute('data-status'),
  );

describe('BuildCache', () => {
  it('renders the Dockerfile, every control label, the statuses and the log on the server', () => {
    const html = renderToHtml(<BuildCache />);
    const text = textOf(html);
    for (const step of DOCKERFILES.good) expect(text).toContain(step.text);
    for (const scenario of SCENARIOS) expect(text).toContain(scenario.label);
    expect(text).toContain('좋은 순서: package.json 먼저 복사');
    expect(text).toContain('순진한 순서: COPY . . 먼저');
    expect(text).toContain('=> CACHED [4/5] RUN npm ci --omit=dev');
    expect(text).toContain('=> [5/5] COPY . .');
    expect(text).toContain(
      '좋은 순서, 소스 코드만 변경: 5단계 중 1단계 다시 실행, npm ci는 캐시를 씁니다.',
    );
    expect(html).toContain('<figcaption');
    expect(html).toContain('aria-live="polite"');
  });

  it('switching to the naive order makes npm ci run again for a source change', () => {
    render(<BuildCache />);
    fireEvent.click(document.querySelector('[data-order="naive"]')!);
    expect(statuses()).toEqual(['cached', 'cached', 'rebuilt', 'rebuilt', 'config']);
    expect(screen.getByTestId('build-cache-summary').textContent).toContain(
      'npm ci가 다시 실행됩니다',
    );
  });

  it('picking a scenario changes which steps say CACHED', () => {
    render(<BuildCache />);
    fireEvent.click(document.querySelector('[data-scenario="package"]')!);
    expect(statuses()).toEqual(['cached', 'cached', 'rebuilt', 'rebuilt', 'rebuilt', 'config']);
    fireEvent.click(document.querySelector('[data-scenario="none"]')!);
    expect(screen.getByTestId('build-cache-log').textContent).not.toMatch(/=> \[/);
    fireEvent.click(document.querySelector('[data-scenario="base"]')!);
    expect(screen.getByTestId('build-cache-log').textContent).not.toContain('CACHED');
  });

  it('clicking a line treats it as edited, and the edit follows the line across orders', () => {
    render(<BuildCache />);
    const workdir = screen.getByRole('button', {name: 'WORKDIR /app'});
    fireEvent.click(workdir);
    expect(workdir.getAttribute('aria-pressed')).toBe('true');
    expect(statuses()).toEqual(['cached', 'rebuilt', 'rebuilt', 'rebuilt', 'rebuilt', 'config']);
    expect(document.querySelectorAll('input[type="radio"][data-scenario]:checked')).toHaveLength(0);
    fireEvent.click(document.querySelector('[data-order="naive"]')!);
    expect(statuses()).toEqual(['cached', 'rebuilt', 'rebuilt', 'rebuilt', 'config']);
    expect(screen.getByTestId('build-cache-summary').textContent).toContain(
      '"WORKDIR /app" 줄 수정',
    );
  });
});

describe('BuildCache hydration', () => {
  it('hydrates its server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<BuildCache />);
  });
});
