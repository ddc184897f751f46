import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import {IMAGE_APP, IMAGE_TOOLS, LAYERS} from '@site/src/lib/diagrams/image-layers';
import ImageLayers from '.';

afterEach(cleanup);

describe('ImageLayers', () => {
  it('renders both Dockerfiles and every layer with size and digest on the server', () => {
    const text = textOf(renderToHtml(<ImageLayers />));
    for (const line of [...IMAGE_APP.dockerfile, ...IMAGE_TOOLS.dockerfile])
      expect(text).toContain(line.text);
    for (const layer of Object.values(LAYERS)) {
      expect(text).toContain(layer.label);
      expect(text).toContain(layer.digest);
      expect(text).toContain(layer.size);
    }
    expect(text).toContain('쓰기 가능 레이어');
    expect(text).toContain('공유');
  });

  it('selecting a Dockerfile line highlights its layer', () => {
    render(<ImageLayers />);
    fireEvent.click(document.querySelector('[data-line="3"]')!);
    expect(document.querySelector('[data-layer="app"]')?.getAttribute('data-selected')).toBe(
      'true',
    );
    expect(screen.getByTestId('layers-detail').textContent).toContain('1.2 kB');
    fireEvent.click(document.querySelector('[data-line="0"]')!);
    // the shared base layer lights up in both images
    expect(document.querySelectorAll('[data-layer="base"][data-selected="true"]')).toHaveLength(2);
  });

  it('a config-only line says so and selects no layer', () => {
    render(<ImageLayers />);
    fireEvent.click(document.querySelector('[data-line="4"]')!);
    expect(screen.getByTestId('layers-detail').textContent).toContain('Cmd');
    expect(document.querySelectorAll('[data-selected="true"]')).toHaveLength(0);
  });

  it('arrow keys move between lines', () => {
    render(<ImageLayers />);
    const first = document.querySelector<HTMLButtonElement>('[data-line="1"]')!;
    fireEvent.keyDown(first, {key: 'ArrowDown'});
    expect(document.querySelector('[data-line="2"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(document.activeElement).toBe(document.querySelector('[data-line="2"]'));
  });

  it('the 파일 수정 button copies the file up into the writable layer', () => {
    render(<ImageLayers />);
    expect(screen.getByTestId('writable-layer').textContent).toContain('비어 있음');
    fireEvent.click(screen.getByTestId('edit-file'));
    expect(screen.getByTestId('writable-layer').textContent).toContain('copy-up');
    expect(screen.getByTestId('copyup-status').textContent).toContain('원본은');
  });
});

describe('ImageLayers hydration', () => {
  it('hydrates its server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<ImageLayers />);
  });
});
