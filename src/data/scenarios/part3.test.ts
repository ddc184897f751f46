import {describe, expect, it} from 'vitest';
import {findScenario, type Scenario} from '../playground-scenarios';
import {PART3_SCENARIOS} from './part3';
import {PART3_RUNS} from './part3.runs';
import {playScenario} from '../../../tests/support/scenarios';

const play = (scenario: Scenario, lines: readonly string[]) => playScenario(scenario, lines).done;

// The generic checks (a right sequence completes, a wrong one does not) run for these in
// playground-scenarios.test.ts; here is what is particular to part 3.
describe('part 3 scenarios', () => {
  it('are all in the playground list, with test sequences', () => {
    for (const s of PART3_SCENARIOS) {
      expect(findScenario(s.id)).toBe(s);
      expect(PART3_RUNS[s.id], s.id).toBeDefined();
    }
  });

  it('lifecycle-exit-code: a container that ended with another code does not count', () => {
    const s = findScenario('lifecycle-exit-code') as Scenario;
    expect(play(s, ["docker run --name fail alpine sh -c 'exit 1'", 'docker rm fail'])).toBe(0);
  });

  it('lifecycle-exit-code: removing fail before it exited with 3 does not tick the second step', () => {
    const s = findScenario('lifecycle-exit-code') as Scenario;
    expect(play(s, ['docker rm fail'])).toBe(0);
  });
});
