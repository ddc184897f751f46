/**
 * Scenario progress as the view sees it. Steps are ticked in order and stay ticked: after each
 * command, starting at the first open step, every step whose check passes on the engine's
 * state is done, until one fails. (A later step may undo an earlier step's state, e.g.
 * "remove the container" after "run a container", so checks are not re-evaluated backwards.)
 */

export interface GuideStep {
  readonly instruction: string;
  readonly hint?: string;
  /** The command(s) to type, shown as code. */
  readonly command?: string;
  readonly commands?: readonly string[];
  readonly check: (state: never) => boolean;
}

export interface GuideScenario {
  readonly id: string;
  readonly title: string;
  readonly summary?: string;
  readonly description?: string;
  readonly steps: readonly GuideStep[];
  readonly completion?: string;
}

export function stepCommands(step: GuideStep): readonly string[] {
  return step.commands ?? (step.command ? [step.command] : []);
}

/** The number of steps done, advancing from `done` as far as the checks pass. */
export function advance(scenario: GuideScenario, done: number, state: unknown): number {
  let next = Math.max(0, Math.min(done, scenario.steps.length));
  while (next < scenario.steps.length) {
    let passed = false;
    try {
      passed = (scenario.steps[next]!.check as (value: unknown) => boolean)(state) === true;
    } catch {
      passed = false;
    }
    if (!passed) break;
    next += 1;
  }
  return next;
}
