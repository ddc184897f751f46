/**
 * The order of a guided scenario's steps (src/data/playground-scenarios.ts): which steps are
 * done after a command, and which hints are commands to type.
 */
import type {EngineState, Snapshot} from '../docker-sim';
import type {Scenario, ScenarioStep} from '../../data/playground-scenarios';

/** The step's hint when it is a command to type (prose hints are not commands). */
export function stepCommand(step: ScenarioStep): string | undefined {
  const outsideQuotes = step.hint.replace(/"[^"]*"|'[^']*'/g, '');
  return /[가-힣]/.test(outsideQuotes) ? undefined : step.hint;
}

/**
 * Steps are ticked in order and stay ticked: starting at the first open step, every step whose
 * check passes on the engine's state is done, until one fails. (A later step may undo an
 * earlier step's state, e.g. "remove the container" after "run a container".) A check that
 * throws counts as not passed, so one faulty check cannot break the terminal.
 */
export function advanceSteps(
  scenario: Scenario,
  done: number,
  snapshot: Snapshot,
  state: EngineState,
): number {
  let next = Math.max(0, Math.min(done, scenario.steps.length));
  while (next < scenario.steps.length) {
    let passed = false;
    try {
      passed = scenario.steps[next]!.check(snapshot, state);
    } catch {
      passed = false;
    }
    if (!passed) break;
    next += 1;
  }
  return next;
}
