import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import {STACKS} from '@site/src/lib/diagrams/architecture-stack';
import ArchitectureStack from '.';

const visibleStacks = (container: HTMLElement) =>
  Array.from(container.querySelectorAll<HTMLElement>('section[data-stack]'))
    .filter((s) => !s.hidden)
    .map((s) => s.dataset.stack);

describe('ArchitectureStack on the server', () => {
  const html = renderToHtml(<ArchitectureStack />);
  const text = textOf(html);

  it('renders all four stacks with every layer label and description', () => {
    for (const stack of STACKS) {
      expect(text).toContain(stack.label);
      expect(text).toContain(stack.examples);
      for (const layer of stack.layers) {
        expect(text).toContain(layer.label);
        expect(text).toContain(layer.description);
      }
    }
    expect(html).not.toMatch(/<section[^>]*hidden/);
    expect(html).toContain('<figcaption');
    expect(html.match(/aria-live="polite"/g)).toHaveLength(2);
  });

  it('has every stack in the server HTML even when fewer are chosen at first; without JavaScript all show', () => {
    const html = renderToHtml(<ArchitectureStack initial={['type1', 'containers']} />);
    for (const stack of STACKS)
      for (const layer of stack.layers) expect(textOf(html)).toContain(layer.description);
    const hidden = html.match(/<section[^>]*hidden[^>]*>/g) ?? [];
    expect(hidden).toHaveLength(2);
    for (const section of hidden) expect(section).toContain('dg-nojs-reveal');
    expect(html).toMatch(/class="[^"]*dg-js-only/);
  });

  it('hydrates its server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<ArchitectureStack initial={['type1', 'containers']} />);
  });
});

describe('ArchitectureStack interaction', () => {
  afterEach(cleanup);

  it('hides and shows stacks with the toggle buttons and announces it', () => {
    const {container} = render(<ArchitectureStack />);
    const type2 = screen.getByRole('button', {name: 'Type 2 하이퍼바이저'});
    expect(type2.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(type2);
    expect(type2.getAttribute('aria-pressed')).toBe('false');
    expect(visibleStacks(container)).toEqual(['bare-metal', 'type1', 'containers']);
    expect(screen.getByTestId('stack-summary').textContent).toBe(
      '물리 서버, Type 1 하이퍼바이저, 컨테이너 구조를 나란히 비교합니다.',
    );
  });

  it('applies the chosen starting view once mounted in the browser', () => {
    const {container} = render(<ArchitectureStack initial={['containers', 'type1']} />);
    expect(visibleStacks(container)).toEqual(['type1', 'containers']);
  });

  it('compares two stacks with a preset and returns to all', () => {
    const {container} = render(<ArchitectureStack />);
    fireEvent.click(screen.getByRole('button', {name: 'Type 1과 컨테이너 비교'}));
    expect(visibleStacks(container)).toEqual(['type1', 'containers']);
    fireEvent.click(screen.getByRole('button', {name: '모두 보기'}));
    expect(visibleStacks(container)).toHaveLength(4);
  });

  it('explains a layer on focus and on click', () => {
    const {container} = render(<ArchitectureStack />);
    const hv = container.querySelector<HTMLButtonElement>(
      'section[data-stack="type2"] button[data-layer="hypervisor"]',
    )!;
    fireEvent.focus(hv);
    expect(screen.getByTestId('stack-detail').textContent).toMatch(
      /^Type 2 하이퍼바이저 · 하이퍼바이저\(호스트 OS의 프로그램\): 호스트 OS 위에서/,
    );
    expect(hv.getAttribute('aria-pressed')).toBe('true');
    const kernel = container.querySelector<HTMLButtonElement>(
      'section[data-stack="containers"] button[data-layer="host-kernel"]',
    )!;
    fireEvent.click(kernel);
    expect(screen.getByTestId('stack-detail').textContent).toContain(
      '모든 컨테이너가 이 커널 하나를 함께 씁니다',
    );
    expect(hv.getAttribute('aria-pressed')).toBe('false');
  });

  it('moves between layers of one stack with the arrow keys', () => {
    const {container} = render(<ArchitectureStack />);
    const buttons = Array.from(
      container.querySelectorAll<HTMLButtonElement>(
        'section[data-stack="type1"] button[data-layer]',
      ),
    );
    buttons[0]!.focus();
    fireEvent.keyDown(buttons[0]!, {key: 'ArrowDown'});
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1]!, {key: 'End'});
    expect(document.activeElement).toBe(buttons.at(-1));
    expect(screen.getByTestId('stack-detail').textContent).toContain('물리 하드웨어(VT-x/AMD-V)');
  });
});
