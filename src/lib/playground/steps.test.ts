import {describe, expect, it} from 'vitest';
import {createEngine, type Engine} from '../docker-sim';
import {findScenario, type Scenario} from '../../data/playground-scenarios';
import {advanceSteps, stepCommand} from './steps';

function scenario(id: string): Scenario {
  const found = findScenario(id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}

function newEngine(): Engine {
  let t = Date.parse('2026-11-23T10:00:00Z');
  return createEngine({seed: 5, now: () => (t += 1000)});
}

/** Runs `line`, then advances from `done` the way the playground does after every command. */
function after(engine: Engine, nginx: Scenario, done: number, line: string): number {
  engine.run(line);
  return advanceSteps(nginx, done, engine.snapshot(), engine.state);
}

describe('stepCommand', () => {
  it('offers a hint that is a command to type', () => {
    expect(stepCommand(scenario('first-container').steps[0]!)).toBe('docker run hello-world');
  });

  it('keeps Korean inside quotes as part of the command', () => {
    const write = scenario('volume-persist').steps[1]!;
    expect(stepCommand(write)).toBe(write.hint);
  });

  it('offers no command for a hint in prose', () => {
    const fix = scenario('debug-loopback').steps.find((step) => step.id === 'fix')!;
    expect(stepCommand(fix)).toBeUndefined();
  });
});

describe('advanceSteps', () => {
  it('ticks nothing on a fresh engine, then each step as the engine reaches it', () => {
    const first = scenario('first-container');
    const engine = newEngine();
    let done = advanceSteps(first, 0, engine.snapshot(), engine.state);
    expect(done).toBe(0);
    done = after(engine, first, done, 'docker run hello-world');
    expect(done).toBe(1);
    done = after(engine, first, done, 'docker container prune -f');
    expect(done).toBe(2);
  });

  it('ticks steps in order: a later goal reached early does not count', () => {
    const nginx = scenario('nginx-port');
    const engine = newEngine();
    let done = after(engine, nginx, 0, 'docker run -d --name web -p 8080:80 nginx');
    expect(done).toBe(1);
    // "stop" is reached before "request": only the request step is open, so nothing more ticks.
    done = after(engine, nginx, done, 'docker stop web');
    expect(done).toBe(1);
    done = after(engine, nginx, done, 'docker start web');
    done = after(engine, nginx, done, 'curl http://localhost:8080');
    expect(done).toBe(2);
    done = after(engine, nginx, done, 'docker stop web');
    expect(done).toBe(3);
  });

  it('keeps a ticked step ticked when a later command undoes its state', () => {
    const nginx = scenario('nginx-port');
    const engine = newEngine();
    const done = after(engine, nginx, 0, 'docker run -d --name web -p 8080:80 nginx');
    expect(after(engine, nginx, done, 'docker rm -f web')).toBe(1);
  });

  it('clamps a stored count to the scenario', () => {
    const first = scenario('first-container');
    const engine = newEngine();
    expect(advanceSteps(first, 99, engine.snapshot(), engine.state)).toBe(2);
    expect(advanceSteps(first, -3, engine.snapshot(), engine.state)).toBe(0);
  });

  it('treats a check that throws as not passed', () => {
    const first = scenario('first-container');
    const faulty: Scenario = {
      ...first,
      steps: [
        {
          ...first.steps[0]!,
          check: () => {
            throw new TypeError('broken check');
          },
        },
      ],
    };
    const engine = newEngine();
    engine.run('docker run hello-world');
    expect(advanceSteps(faulty, 0, engine.snapshot(), engine.state)).toBe(0);
  });
});
