import {describe, expect, it} from 'vitest';
import {createEngine} from '../../lib/docker-sim';
import {advanceSteps} from '../../lib/playground/steps';
import {findScenario, type Scenario} from '../playground-scenarios';
import {PART4_SCENARIOS} from './part4';

function stepsDone(scenario: Scenario, lines: readonly string[]): number {
  let t = Date.parse('2026-11-23T10:00:00Z');
  const engine = createEngine({seed: 3, now: () => (t += 1000)});
  for (const l of scenario.setup) engine.run(l);
  let done = advanceSteps(scenario, 0, engine.snapshot(), engine.state);
  for (const l of lines) {
    const result = engine.run(l);
    expect(result.stderr, l).not.toContain('내부 오류');
    done = advanceSteps(scenario, done, engine.snapshot(), engine.state);
  }
  return done;
}

const GREET_DOCKERFILE = `printf 'FROM alpine\\nENTRYPOINT ["echo"]\\nCMD ["hello"]\\n' > Dockerfile`;

/** A correct and a plausible wrong command sequence for every part 4 scenario. */
const RUNS: Record<string, {right: string[]; wrong: string[]}> = {
  'dockerfile-entrypoint-cmd': {
    right: [
      'mkdir greet',
      'cd greet',
      GREET_DOCKERFILE,
      'docker build -t greet:1.0 .',
      'docker run --rm greet:1.0',
      'docker run --name greet-bye greet:1.0 bye',
    ],
    // Both words in CMD: an argument then replaces the echo too, so the first step is never met.
    wrong: [
      'mkdir greet',
      'cd greet',
      `printf 'FROM alpine\\nCMD ["echo", "hello"]\\n' > Dockerfile`,
      'docker build -t greet:1.0 .',
      'docker run --name greet-bye greet:1.0 echo bye',
    ],
  },
};

describe('part 4 playground scenarios', () => {
  it('has a right and a wrong run for every scenario', () => {
    expect(Object.keys(RUNS).sort()).toEqual(PART4_SCENARIOS.map((s) => s.id).sort());
  });
  for (const scenario of PART4_SCENARIOS) {
    it(`${scenario.id} is listed with the site's scenarios`, () => {
      expect(findScenario(scenario.id)).toBe(scenario);
    });
    it(`${scenario.id}: the solution reaches every step`, () => {
      expect(stepsDone(scenario, RUNS[scenario.id]!.right)).toBe(scenario.steps.length);
    });
    it(`${scenario.id}: a wrong path does not finish`, () => {
      expect(stepsDone(scenario, RUNS[scenario.id]!.wrong)).toBeLessThan(scenario.steps.length);
    });
    it(`${scenario.id}: nothing is done before the reader acts`, () => {
      expect(stepsDone(scenario, [])).toBe(0);
    });
  }
});
