import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import {NAMESPACES} from '@site/src/data/namespaces';
import NamespaceExplorer from '.';

afterEach(cleanup);

describe('NamespaceExplorer on the server', () => {
  const html = renderToHtml(<NamespaceExplorer />);
  const text = textOf(html);

  it('renders all eight kinds with flags, kernel versions and both views', () => {
    for (const ns of NAMESPACES) {
      expect(text).toContain(`${ns.name} 네임스페이스`);
      expect(text).toContain(ns.unshareLong);
      expect(text).toContain(ns.unshareShort);
      expect(text).toContain(ns.kernel);
      expect(text).toContain(ns.host.command);
      expect(text).toContain(ns.container.command);
      for (const line of [...ns.host.output, ...ns.container.output])
        expect(text).toContain(line.replace(/\s+/g, ' ').trim());
    }
  });

  it('has a Korean caption; without JavaScript the tabs go and every panel shows', () => {
    expect(html).toContain('<figcaption');
    expect(html).toMatch(/role="tablist"[^>]*class="[^"]*dg-js-only/);
    const hiddenPanels = html.match(/<section[^>]*hidden=""[^>]*>/g) ?? [];
    expect(hiddenPanels).toHaveLength(NAMESPACES.length - 1);
    for (const panel of hiddenPanels) expect(panel).toContain('dg-nojs-reveal');
  });

  it('hydrates its server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<NamespaceExplorer />);
  });
});

describe('NamespaceExplorer in the browser', () => {
  it('shows one panel and switches with a click', () => {
    render(<NamespaceExplorer />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs).toHaveLength(8);
    expect(screen.getByRole('tab', {selected: true}).textContent).toBe('PID');
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
    fireEvent.click(screen.getByRole('tab', {name: '네트워크'}));
    expect(screen.getByRole('tab', {selected: true}).textContent).toBe('네트워크');
    expect(screen.getByRole('tabpanel').textContent).toContain('--net');
    expect(screen.getByRole('tabpanel').textContent).toContain('172.17.0.2/16');
  });

  it('moves with arrow keys, Home and End, wrapping around', () => {
    render(<NamespaceExplorer initial="mnt" />);
    const first = screen.getByRole('tab', {selected: true});
    fireEvent.keyDown(first, {key: 'ArrowRight'});
    expect(screen.getByRole('tab', {selected: true}).textContent).toBe('UTS');
    expect(document.activeElement).toBe(screen.getByRole('tab', {selected: true}));
    fireEvent.keyDown(document.activeElement!, {key: 'End'});
    expect(screen.getByRole('tab', {selected: true}).textContent).toBe('시간');
    expect(screen.getByRole('tabpanel').textContent).toContain('--time');
    fireEvent.keyDown(document.activeElement!, {key: 'ArrowRight'});
    expect(screen.getByRole('tab', {selected: true}).textContent).toBe('마운트');
    fireEvent.keyDown(document.activeElement!, {key: 'ArrowLeft'});
    expect(screen.getByRole('tab', {selected: true}).textContent).toBe('시간');
    fireEvent.keyDown(document.activeElement!, {key: 'Home'});
    expect(screen.getByRole('tab', {selected: true}).textContent).toBe('마운트');
  });

  it('keeps only the selected tab in the tab order and announces the choice', () => {
    const {container} = render(<NamespaceExplorer initial="user" />);
    const tabbable = screen.getAllByRole('tab').filter((tab) => tab.tabIndex === 0);
    expect(tabbable.map((tab) => tab.textContent)).toEqual(['사용자']);
    const live = container.querySelector('[aria-live="polite"]');
    // Nothing is announced on load, only once the reader picks a kind.
    expect(live?.textContent).toBe('');
    fireEvent.click(screen.getByRole('tab', {name: '네트워크'}));
    expect(live?.textContent).toContain('--net');
  });
});
