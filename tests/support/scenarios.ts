// Replays command lines into a fresh playground engine and ticks a scenario's steps the way the
// terminal does: one harness for the scenario tests of every part.
import {expect} from 'vitest';
import {createEngine, type Engine} from '../../src/lib/docker-sim';
import {advanceSteps} from '../../src/lib/playground/steps';
import type {Scenario} from '../../src/data/playground-scenarios';

/** A correct and a plausible wrong command sequence for a scenario. */
export interface ScenarioRuns {
  readonly right: readonly string[];
  readonly wrong: readonly string[];
}

/** Runs the scenario's setup, then `lines`; returns the engine and how many steps are done. */
export function playScenario(
  scenario: Scenario,
  lines: readonly string[],
): {engine: Engine; done: number} {
  let t = Date.parse('2026-11-23T10:00:00Z');
  const engine = createEngine({seed: 3, now: () => (t += 1000)});
  for (const line of scenario.setup) engine.run(line);
  let done = advanceSteps(scenario, 0, engine.snapshot(), engine.state);
  for (const line of lines) {
    expect(engine.run(line).stderr, line).not.toContain('내부 오류');
    done = advanceSteps(scenario, done, engine.snapshot(), engine.state);
  }
  return {engine, done};
}
