import {describe, expect, it} from 'vitest';
import {findScenario} from '../playground-scenarios';
import {PART4_SCENARIOS} from './part4';
import {PART4_RUNS} from './part4.runs';

// The generic checks (a right sequence completes, a wrong one does not, nothing is done at the
// start) run for these in playground-scenarios.test.ts.
describe('part 4 scenarios', () => {
  it('are all in the playground list, with test sequences', () => {
    expect(Object.keys(PART4_RUNS).sort()).toEqual(PART4_SCENARIOS.map((s) => s.id).sort());
    for (const s of PART4_SCENARIOS) expect(findScenario(s.id)).toBe(s);
  });
});
