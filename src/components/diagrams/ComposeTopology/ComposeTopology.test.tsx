import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import composeFile from '@site/examples/compose-app/compose.yaml?raw';
import {COMPOSE_APP} from '@site/src/lib/diagrams/compose-topology';
import ComposeTopology from '.';

afterEach(cleanup);

const selectedLines = () =>
  Array.from(document.querySelectorAll('[data-line][data-selected="true"]')).map((el) =>
    Number(el.getAttribute('data-line')),
  );
const lineText = (n: number) => composeFile.split('\n')[n - 1]!;

describe('ComposeTopology', () => {
  it('renders the whole compose file and every node of the graph on the server', () => {
    const html = renderToHtml(<ComposeTopology />);
    const text = textOf(html);
    for (const line of composeFile.split('\n'))
      if (line.trim()) expect(text).toContain(line.trim());
    for (const s of COMPOSE_APP.services) {
      expect(text).toContain(s.source);
      expect(html).toContain(`data-node="service:${s.name}"`);
    }
    for (const n of COMPOSE_APP.networks) expect(html).toContain(`data-node="network:${n}"`);
    expect(text).toContain('localhost:8080');
    expect(text).toContain('localhost:8081');
    expect(text).toContain('8080→3000');
    expect(text).toContain('db-data');
    expect(html).toContain('role="img"');
    expect(html).toContain('<title');
    expect(html).toContain('<desc');
    expect(html).toContain('<figcaption');
    // web is selected initially: its block is highlighted in the server HTML too
    expect(html).toContain('data-selected="true"');
  });

  it('selecting a service with the mouse highlights its lines, node and edges', () => {
    render(<ComposeTopology />);
    fireEvent.click(screen.getByRole('button', {name: 'db'}));
    expect(screen.getByRole('button', {name: 'db'}).getAttribute('aria-pressed')).toBe('true');
    const lines = selectedLines();
    expect(lineText(lines[0]!)).toBe('  db:');
    expect(lines.map(lineText)).toContain('  db-data:');
    expect(lines.map(lineText)).not.toContain('  web:');
    expect(document.querySelector('[data-node="service:db"]')?.getAttribute('data-selected')).toBe(
      'true',
    );
    expect(
      document.querySelector('[data-node="volume:db-data"]')?.getAttribute('data-selected'),
    ).toBe('true');
    expect(
      document.querySelector('[data-node="network:front"]')?.getAttribute('data-selected'),
    ).toBeNull();
    expect(document.querySelector('[data-edge="dep-web-db"]')?.getAttribute('data-selected')).toBe(
      'true',
    );
    expect(
      document.querySelector('[data-edge="dep-web-cache"]')?.getAttribute('data-selected'),
    ).toBeNull();
    expect(screen.getByTestId('compose-topology-detail').textContent).toContain('PostgreSQL');
  });

  it('arrow keys, Home and End move the selection and the focus', () => {
    render(<ComposeTopology />);
    const web = screen.getByRole('button', {name: 'web'});
    web.focus();
    fireEvent.keyDown(web, {key: 'ArrowRight'});
    expect(document.activeElement?.textContent).toBe('db');
    expect(screen.getByTestId('compose-topology-detail').textContent).toMatch(/^db:/);
    fireEvent.keyDown(document.activeElement!, {key: 'End'});
    expect(document.activeElement?.textContent).toBe('adminer');
    expect(screen.getByTestId('compose-topology-detail').textContent).toContain('프로필 debug');
    fireEvent.keyDown(document.activeElement!, {key: 'ArrowRight'});
    expect(document.activeElement?.textContent).toBe('web');
    fireEvent.keyDown(document.activeElement!, {key: 'Home'});
    expect(document.activeElement?.textContent).toBe('web');
    fireEvent.keyDown(document.activeElement!, {key: 'ArrowLeft'});
    expect(document.activeElement?.textContent).toBe('adminer');
  });
});

describe('ComposeTopology hydration', () => {
  it('hydrates its server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<ComposeTopology />);
  });
});
