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
  'static-site-404': {
    right: [
      'cd examples/static-site',
      'docker build -t static-site:1.0 .',
      'docker run -d --name cafe-404 -p 8088:80 static-site:1.0',
      'curl http://localhost:8088/no-such-page',
    ],
    // Only pages that exist: nothing is logged with 404.
    wrong: [
      'cd examples/static-site',
      'docker build -t static-site:1.0 .',
      'docker run -d --name cafe-404 -p 8088:80 static-site:1.0',
      'curl http://localhost:8088/',
    ],
  },
  'node-app-port': {
    right: [
      'cd examples/node-app',
      'docker build -t node-app:1.0 .',
      'docker run -d --name greeter-4000 -e PORT=4000 -p 4000:4000 node-app:1.0',
      'curl http://localhost:4000/healthz',
      'docker stop greeter-4000',
    ],
    // The app still listens on 3000: the published 4000 leads nowhere.
    wrong: [
      'cd examples/node-app',
      'docker build -t node-app:1.0 .',
      'docker run -d --name greeter-4000 -p 4000:4000 node-app:1.0',
      'docker stop greeter-4000',
    ],
  },
  'java-app-sigterm': {
    right: [
      'cd examples/java-app',
      'docker build -t java-app:1.0 .',
      'docker run -d --name hello-9000 -e PORT=9000 -p 9000:9000 java-app:1.0',
      'docker stop hello-9000',
    ],
    // SIGKILL: no shutdown hook, exit code 137.
    wrong: [
      'cd examples/java-app',
      'docker build -t java-app:1.0 .',
      'docker run -d --name hello-9000 -e PORT=9000 -p 9000:9000 java-app:1.0',
      'docker kill hello-9000',
    ],
  },
  'python-app-memory': {
    right: [
      'cd examples/python-app',
      'docker build -t python-app:1.0 .',
      'docker run -d --name memo-task -p 8001:8000 python-app:1.0',
      `curl -X POST http://localhost:8001/notes -H "Content-Type: application/json" -d '{"text": "하나"}'`,
      `curl -X POST http://localhost:8001/notes -H "Content-Type: application/json" -d '{"text": "둘"}'`,
      'docker restart memo-task',
      'curl http://localhost:8001/notes',
    ],
    // No Content-Type: curl sends a form, get_json reads nothing, the app answers 400.
    wrong: [
      'cd examples/python-app',
      'docker build -t python-app:1.0 .',
      'docker run -d --name memo-task -p 8001:8000 python-app:1.0',
      `curl -X POST http://localhost:8001/notes -d '{"text": "하나"}'`,
      `curl -X POST http://localhost:8001/notes -d '{"text": "둘"}'`,
      'docker restart memo-task',
    ],
  },
  'advanced-sizes': {
    right: [
      'cd examples/advanced',
      'docker build -t advanced:naive -f Dockerfile.naive .',
      'docker build -t advanced:1.0 .',
      'docker images advanced',
      'docker run -d --name small-9090 -e PORT=9090 -p 9090:9090 advanced:1.0',
    ],
    // Only the naive image: nothing to compare, and no /server in it.
    wrong: [
      'cd examples/advanced',
      'docker build -t advanced:naive -f Dockerfile.naive .',
      'docker run -d --name small-9090 -e PORT=9090 -p 9090:9090 advanced:naive',
    ],
  },
};
