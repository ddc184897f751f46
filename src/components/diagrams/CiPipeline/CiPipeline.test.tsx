import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import {CACHE_SCENARIOS, PIPELINE_STEPS} from '@site/src/lib/diagrams/ci-pipeline';
import CiPipeline from '.';

afterEach(cleanup);

const layerStatuses = () =>
  Array.from(document.querySelectorAll('[data-status]')).map((el) =>
    el.getAttribute('data-status'),
  );
const status = () => screen.getByTestId('ci-pipeline-status').textContent;

describe('CiPipeline', () => {
  it('renders every step, its detail, the cache panel and the caption on the server', () => {
    const html = renderToHtml(<CiPipeline />);
    const text = textOf(html);
    for (const step of PIPELINE_STEPS) {
      expect(text).toContain(step.label);
      expect(text).toContain(step.detail);
      if (step.action) expect(text).toContain(step.action);
    }
    for (const scenario of CACHE_SCENARIOS) expect(text).toContain(scenario.label);
    expect(text).toContain('GitHub Actions 캐시 (type=gha)');
    expect(text).toContain('RUN npm ci --omit=dev');
    expect(text).toContain('캐시 읽기: 5단계 중 1단계 실행');
    expect(html).toContain('<figcaption');
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('aria-current="step"');
  });

  it('choosing what changed updates the layers and the cache notes', () => {
    render(<CiPipeline />);
    expect(layerStatuses()).toEqual(['cached', 'cached', 'cached', 'cached', 'rebuilt', 'config']);
    fireEvent.click(document.querySelector('[data-scenario="package"]')!);
    expect(layerStatuses()).toEqual([
      'cached',
      'cached',
      'rebuilt',
      'rebuilt',
      'rebuilt',
      'config',
    ]);
    expect(status()).toContain('npm ci가 amd64와 arm64');
    fireEvent.click(document.querySelector('[data-scenario="cold"]')!);
    expect(layerStatuses()).not.toContain('cached');
    expect(screen.getAllByTestId('cache-note')[0]?.textContent).toContain('5단계 중 5단계 실행');
  });

  it('walks the steps with the step buttons and with 이전/다음, by keyboard-reachable buttons', () => {
    render(<CiPipeline />);
    const previous = screen.getByRole('button', {name: '이전 단계'});
    const next = screen.getByRole('button', {name: '다음 단계'});
    expect(previous).toHaveProperty('disabled', true);
    expect(status()).toMatch(/^1\/9 푸시 또는 풀 리퀘스트\./);
    fireEvent.click(next);
    fireEvent.click(next);
    expect(status()).toMatch(/^3\/9 QEMU와 Buildx 준비\./);
    fireEvent.click(screen.getByRole('button', {name: /취약점 검사/}));
    expect(status()).toMatch(/^7\/9 취약점 검사\./);
    const current = document.querySelector('[aria-current="step"]');
    expect(current?.textContent).toContain('취약점 검사');
    fireEvent.click(screen.getByRole('button', {name: /ghcr.io에 이미지/}));
    expect(next).toHaveProperty('disabled', true);
    fireEvent.click(previous);
    expect(status()).toMatch(/^8\/9 빌드와 푸시/);
  });

  it('hydrates the server HTML without changing it', async () => {
    await expectHydratesWithoutChange(<CiPipeline />);
  });
});
