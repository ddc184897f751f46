import {describe, expect, it} from 'vitest';
import {createEngine} from './index';
import {sleepDurationMs} from './coreutils';

const T0 = Date.UTC(2026, 11, 4, 9, 0, 0);

describe('sleep moves the simulated clock', () => {
  it('adds up its operands as GNU sleep does', () => {
    expect(sleepDurationMs(['35'])).toBe(35_000);
    expect(sleepDurationMs(['1m', '30s'])).toBe(90_000);
    expect(sleepDurationMs(['0.5'])).toBe(500);
    expect(sleepDurationMs(['infinity'])).toBe(0);
    expect(sleepDurationMs(['x'])).toBe(0);
  });

  it('lets time pass for docker ps, in the host shell and inside a container', () => {
    const e = createEngine({seed: 1, now: () => T0});
    e.run('docker run -d --name web nginx');
    expect(e.run("docker ps --format '{{.Status}}'").stdout).toBe('Up Less than a second\n');
    e.run('sleep 40');
    expect(e.run("docker ps --format '{{.Status}}'").stdout).toBe('Up 40 seconds\n');
    e.run('docker exec web sleep 20');
    expect(e.run("docker ps --format '{{.Status}}'").stdout).toBe('Up About a minute\n');
    // A sleep that fails waits for nothing.
    expect(e.run('sleep x').exitCode).toBe(1);
    expect(e.run("docker ps --format '{{.Status}}'").stdout).toBe('Up About a minute\n');
  });

  it('is kept in a saved session', () => {
    const e = createEngine({seed: 1, now: () => T0});
    e.run('docker run -d --name web nginx');
    e.run('sleep 3m');
    const restored = createEngine({seed: 1, now: () => T0, state: e.serialize()});
    expect(restored.run("docker ps --format '{{.Status}}'").stdout).toBe('Up 3 minutes\n');
  });
});
