/** The guided scenarios (src/data/playground-scenarios.ts), as the view reads them. */
import {PLAYGROUND_SCENARIOS} from '@site/src/data/playground-scenarios';
import type {GuideScenario} from './progress';

export const SCENARIOS: readonly GuideScenario[] = PLAYGROUND_SCENARIOS;

export function findScenario(id: string): GuideScenario | undefined {
  return SCENARIOS.find((scenario) => scenario.id === id);
}
