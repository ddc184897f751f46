/** The guided scenarios, as the view reads them (src/data/playground-scenarios.ts). */
import type {GuideScenario} from './progress';

export const SCENARIOS: readonly GuideScenario[] = [];

export function findScenario(id: string): GuideScenario | undefined {
  return SCENARIOS.find((scenario) => scenario.id === id);
}
