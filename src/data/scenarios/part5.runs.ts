import type {ScenarioRuns} from '../../../tests/support/scenarios';

const UP = ['cd examples/compose-app', 'cp .env.example .env', 'docker compose up -d'];

/** Test sequences for the part 5 scenarios (played by playground-scenarios.test.ts). */
export const PART5_RUNS: Readonly<Record<string, ScenarioRuns>> = {
  'compose-stop-down': {
    right: [
      ...UP,
      'docker compose ps',
      'docker compose stop',
      'docker compose ps -a',
      'docker compose down',
    ],
    // down -v also deletes the named volume, so the guestbook's data is gone.
    wrong: [...UP, 'docker compose stop', 'docker compose down -v'],
  },
};
