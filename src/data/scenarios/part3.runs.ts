import type {ScenarioRuns} from '../../../tests/support/scenarios';

/** Test sequences for the part 3 scenarios (used by playground-scenarios.test.ts). */
export const PART3_RUNS: Readonly<Record<string, ScenarioRuns>> = {
  'lifecycle-exit-code': {
    right: [
      "docker run --name fail alpine sh -c 'exit 3'",
      'docker ps -a --filter name=fail',
      "docker inspect --format '{{.State.ExitCode}}' fail",
      'docker rm fail',
    ],
    // `exit` needs a shell: `alpine exit 3` is no command in the image (exit code 127).
    wrong: ['docker run --name fail alpine exit 3', 'docker rm fail'],
  },
};
