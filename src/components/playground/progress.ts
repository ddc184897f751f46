/**
 * Scenario progress as the view sees it. The scenarios and their checks live in
 * src/data/playground-scenarios.ts (which imports only the engine's types, so the chapter's
 * own bundle can show the steps without the engine).
 */
import type {EngineState, Snapshot} from '@site/src/lib/docker-sim';
import type {Scenario, ScenarioStep} from '@site/src/data/playground-scenarios';

export type GuideScenario = Scenario;
export type GuideStep = ScenarioStep;

/** The step's hint when it is a command to type (prose hints are not commands). */
export function stepCommand(step: GuideStep): string | undefined {
  const outsideQuotes = step.hint.replace(/"[^"]*"|'[^']*'/g, '');
  return /[가-힣]/.test(outsideQuotes) ? undefined : step.hint;
}

/**
 * Steps are ticked in order and stay ticked: starting at the first open step, every step whose
 * check passes on the engine's state is done, until one fails. (A later step may undo an
 * earlier step's state, e.g. "remove the container" after "run a container".)
 */
export function advance(
  scenario: GuideScenario,
  done: number,
  snapshot: Snapshot,
  state: EngineState,
): number {
  let next = Math.max(0, Math.min(done, scenario.steps.length));
  while (next < scenario.steps.length) {
    let passed = false;
    try {
      passed = scenario.steps[next]!.check(snapshot, state) === true;
    } catch {
      passed = false;
    }
    if (!passed) break;
    next += 1;
  }
  return next;
}
