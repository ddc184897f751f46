import {describe, expect, it} from 'vitest';
import {playScenario} from '../../../tests/support/scenarios';
import {findScenario} from '../playground-scenarios';
import {PART5_SCENARIOS} from './part5';
import {PART5_RUNS} from './part5.runs';

// The generic checks (a right sequence completes, a wrong one does not, nothing is done at the
// start) run for these in playground-scenarios.test.ts.
describe('part 5 scenarios', () => {
  it('are all in the playground list, with test sequences', () => {
    expect(Object.keys(PART5_RUNS).sort()).toEqual(PART5_SCENARIOS.map((s) => s.id).sort());
    for (const s of PART5_SCENARIOS) expect(findScenario(s.id)).toBe(s);
  });

  it('compose-stop-down: down -v stops at the last step, with the first two done', () => {
    const scenario = findScenario('compose-stop-down')!;
    expect(playScenario(scenario, PART5_RUNS['compose-stop-down']!.wrong).done).toBe(2);
  });
});
