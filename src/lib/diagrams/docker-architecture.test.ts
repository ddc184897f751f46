import {describe, expect, it} from 'vitest';
import {ARCH_COMMANDS, COMPONENTS, clampStep, stepForKey} from './docker-architecture';

describe('docker architecture steps', () => {
  it('covers pull, run, exec and stop', () => {
    expect(ARCH_COMMANDS.map((c) => c.command)).toEqual([
      'docker pull nginx',
      'docker run -d --name web nginx',
      'docker exec -it web sh',
      'docker stop web',
    ]);
  });

  it('every step names known components', () => {
    const known = new Set(COMPONENTS.map((c) => c.id));
    for (const command of ARCH_COMMANDS) {
      expect(command.steps.length).toBeGreaterThanOrEqual(4);
      for (const step of command.steps) {
        expect(step.actors.length).toBeGreaterThan(0);
        for (const actor of step.actors) expect(known.has(actor)).toBe(true);
      }
    }
  });

  it('run is the only command that starts runc from scratch and pull is the only one that reaches the registry', () => {
    const uses = (id: string, actor: string) =>
      ARCH_COMMANDS.find((c) => c.id === id)!.steps.some((s) => s.actors.includes(actor as never));
    expect(uses('pull', 'registry')).toBe(true);
    expect(uses('run', 'registry')).toBe(false);
    expect(uses('run', 'runc')).toBe(true);
    expect(uses('stop', 'runc')).toBe(false);
  });

  it('steps with arrow keys, Home and End, clamped at the ends', () => {
    const run = ARCH_COMMANDS[1]!;
    expect(stepForKey(run, 0, 'ArrowRight')).toBe(1);
    expect(stepForKey(run, 0, 'ArrowLeft')).toBe(0);
    expect(stepForKey(run, 2, 'End')).toBe(run.steps.length - 1);
    expect(stepForKey(run, 4, 'Home')).toBe(0);
    expect(stepForKey(run, 1, 'a')).toBeNull();
    expect(clampStep(run, 99)).toBe(run.steps.length - 1);
  });
});
