import type {ScenarioRuns} from '../../../tests/support/scenarios';

const GREET_DOCKERFILE = `printf 'FROM alpine\\nENTRYPOINT ["echo"]\\nCMD ["hello"]\\n' > Dockerfile`;

/** Test sequences for the part 4 scenarios (played by playground-scenarios.test.ts). */
export const PART4_RUNS: Readonly<Record<string, ScenarioRuns>> = {
  'dockerfile-entrypoint-cmd': {
    right: [
      'mkdir greet',
      'cd greet',
      GREET_DOCKERFILE,
      'docker build -t greet:1.0 .',
      'docker run --rm greet:1.0',
      'docker run --name greet-bye greet:1.0 bye',
    ],
    // Both words in CMD: an argument then replaces the echo too, so the first step is never met.
    wrong: [
      'mkdir greet',
      'cd greet',
      `printf 'FROM alpine\\nCMD ["echo", "hello"]\\n' > Dockerfile`,
      'docker build -t greet:1.0 .',
      'docker run --name greet-bye greet:1.0 echo bye',
    ],
  },
};
