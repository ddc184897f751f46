import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import {COMPOSE_TO_K8S} from '@site/src/lib/diagrams/compose-to-k8s';
import ComposeToK8s from '.';

afterEach(cleanup);

const visibleCards = () =>
  Array.from(document.querySelectorAll<HTMLElement>('[data-mapping]'))
    .filter((card) => !card.hidden)
    .map((card) => card.dataset.mapping);

describe('ComposeToK8s', () => {
  it('renders every key, target, snippet and change on the server, in a captioned figure', () => {
    const html = renderToHtml(<ComposeToK8s />);
    const text = textOf(html);
    for (const mapping of COMPOSE_TO_K8S) {
      expect(text).toContain(mapping.composeKey);
      expect(text).toContain(mapping.target);
      expect(text).toContain(mapping.change);
      for (const line of [...mapping.compose.split('\n'), ...mapping.kubernetes.split('\n')])
        expect(text).toContain(line.trim());
    }
    expect(html).toContain('<figcaption');
    expect(html).not.toMatch(/<li[^>]*hidden/);
  });

  it('narrows to the chosen key, announces it, and shows all again', () => {
    render(<ComposeToK8s />);
    expect(visibleCards()).toHaveLength(COMPOSE_TO_K8S.length);

    fireEvent.click(screen.getByRole('button', {name: 'healthcheck'}));
    expect(visibleCards()).toEqual(['healthcheck']);
    expect(screen.getByRole('button', {name: 'healthcheck'}).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.getByTestId('compose-to-k8s-status').textContent).toBe(
      'healthcheck → Deployment → readinessProbe, livenessProbe',
    );

    fireEvent.click(screen.getByRole('button', {name: '모두'}));
    expect(visibleCards()).toHaveLength(COMPOSE_TO_K8S.length);
    expect(screen.getByTestId('compose-to-k8s-status').textContent).toMatch(/모두 보여 줍니다/);
  });

  it('is one tab stop whose arrow keys move and select', () => {
    render(<ComposeToK8s />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.filter((button) => button.tabIndex === 0)).toHaveLength(1);
    buttons[0]!.focus();
    fireEvent.keyDown(buttons[0]!, {key: 'ArrowRight'});
    expect(document.activeElement).toBe(buttons[1]);
    expect(visibleCards()).toEqual([COMPOSE_TO_K8S[0]!.id]);
    fireEvent.keyDown(document.activeElement!, {key: 'End'});
    expect(visibleCards()).toEqual([COMPOSE_TO_K8S.at(-1)!.id]);
  });

  it('hydrates its server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<ComposeToK8s />);
  });
});
