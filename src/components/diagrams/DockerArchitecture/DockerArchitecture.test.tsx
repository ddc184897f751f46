import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import {ARCH_COMMANDS, COMPONENTS} from '@site/src/lib/diagrams/docker-architecture';
import DockerArchitecture from '.';

afterEach(cleanup);

describe('DockerArchitecture', () => {
  it('puts every component and every step of every command in the server HTML', () => {
    const html = renderToHtml(<DockerArchitecture />);
    const text = textOf(html);
    for (const component of COMPONENTS) expect(text).toContain(component.name);
    for (const command of ARCH_COMMANDS) {
      expect(text).toContain(command.command);
      for (const step of command.steps) expect(text).toContain(step.text);
    }
    expect(html).toContain('<figcaption>');
    expect(html).toContain('role="img"');
    // The controls do nothing without JavaScript (the no-script style hides them); the lists show instead.
    expect(html).toMatch(/<fieldset class="[^"]*dg-js-only/);
    expect(html).toMatch(/<div class="[^"]*dg-js-only[^"]*"><div[^>]*data-testid="arch-step"/);
    expect(html).toContain('<div class="dg-nojs-only"><section');
  });

  it('hydrates its server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<DockerArchitecture />);
  });

  it('steps with the buttons and highlights the acting components', () => {
    render(<DockerArchitecture />);
    const run = ARCH_COMMANDS.find((c) => c.id === 'run')!;
    expect(screen.getByTestId('arch-step-text').textContent).toBe(run.steps[0]!.text);
    fireEvent.click(screen.getByTestId('arch-next'));
    fireEvent.click(screen.getByTestId('arch-next'));
    fireEvent.click(screen.getByTestId('arch-next'));
    fireEvent.click(screen.getByTestId('arch-next'));
    expect(screen.getByTestId('arch-step-text').textContent).toBe(run.steps[4]!.text);
    expect(document.querySelector('[data-component="runc"]')?.getAttribute('data-active')).toBe(
      'true',
    );
    fireEvent.click(screen.getByTestId('arch-prev'));
    expect(screen.getByTestId('arch-step-text').textContent).toBe(run.steps[3]!.text);
  });

  it('switches command with the radio group and steps with the keyboard', () => {
    render(<DockerArchitecture />);
    fireEvent.click(screen.getByRole('radio', {name: 'docker pull nginx'}));
    const pull = ARCH_COMMANDS[0]!;
    expect(screen.getByTestId('arch-step-text').textContent).toBe(pull.steps[0]!.text);
    const box = screen.getByTestId('arch-step');
    fireEvent.keyDown(box, {key: 'ArrowRight'});
    expect(document.querySelector('[data-component="registry"]')?.getAttribute('data-active')).toBe(
      'true',
    );
    fireEvent.keyDown(box, {key: 'End'});
    expect(screen.getByTestId('arch-step-text').textContent).toBe(pull.steps.at(-1)!.text);
    expect(screen.getByTestId('arch-next')).toHaveProperty('disabled', true);
  });
});
