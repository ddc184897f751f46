import {describe, expect, it} from 'vitest';
import {findScenario, PLAYGROUND_SCENARIOS, type Scenario} from './playground-scenarios';
import {PART3_RUNS} from './scenarios/part3.runs';
import {PART4_RUNS} from './scenarios/part4.runs';
import {PART5_RUNS} from './scenarios/part5.runs';
import {playScenario as play, type ScenarioRuns} from '../../tests/support/scenarios';

/** A correct and a wrong command sequence for every scenario. */
const RUNS: Record<string, ScenarioRuns> = {
  ...PART3_RUNS,
  ...PART4_RUNS,
  ...PART5_RUNS,
  'first-steps': {
    right: [
      'docker run -d -p 8080:80 --name web nginx',
      'docker ps',
      'curl http://localhost:8080',
      'docker logs web',
      'docker exec web nginx -v',
      'docker exec -it web sh',
      'ls /usr/share/nginx/html',
      'exit',
      'docker stop web',
      'docker ps -a',
      'docker rm web',
    ],
    // Force-removing the running container skips the stopped state the chapter shows.
    wrong: [
      'docker run -d -p 8080:80 --name web nginx',
      'curl http://localhost:8080',
      'docker exec -it web sh',
      'exit',
      'docker rm -f web',
    ],
  },
  'first-steps-web2': {
    right: [
      'docker run -d -p 8080:80 --name web2 nginx',
      'docker rm web2',
      'docker run -d -p 8081:80 --name web2 nginx',
      'curl http://localhost:8081',
    ],
    wrong: ['docker stop web', 'docker run -d -p 8081:80 --name web2 nginx', 'curl localhost:8081'],
  },
  'first-container': {
    right: ['docker run --name hi hello-world', 'docker ps -a', 'docker rm hi'],
    wrong: [
      'docker pull hello-world',
      'docker images',
      'docker run --name hi hello-world',
      'docker rmi -f hello-world',
    ],
  },
  'nginx-port': {
    right: [
      'docker run -d --name web -p 8080:80 nginx',
      'curl http://localhost:8080',
      'docker stop web',
    ],
    wrong: [
      'docker run -d --name web -p 8081:80 nginx',
      'curl http://localhost:8080',
      'docker stop web',
    ],
  },
  'exec-shell': {
    right: [
      'docker exec -it web sh',
      'echo "<h1>hello</h1>" > /usr/share/nginx/html/hello.html',
      'cat /usr/share/nginx/html/hello.html',
      'exit',
    ],
    wrong: [
      'docker exec web sh',
      'echo "<h1>hello</h1>" > /usr/share/nginx/html/hello.html',
      'exit',
    ],
  },
  'logs-restart': {
    right: ['docker run -d --name cache redis', 'docker logs cache', 'docker restart cache'],
    wrong: ['docker run -d --name cache redis', 'docker logs cache', 'docker stop cache'],
  },
  cleanup: {
    right: ['docker stop web cache', 'docker container prune -f', 'docker image prune -a -f'],
    wrong: ['docker container prune -f', 'docker image prune -a -f'],
  },
  'volume-persist': {
    right: [
      'docker volume create notes',
      'docker run --rm -v notes:/data alpine sh -c "echo 안녕 > /data/note.txt"',
      'docker run --rm -v notes:/data alpine cat /data/note.txt',
    ],
    wrong: [
      'docker volume create notes',
      'docker run --rm alpine sh -c "echo 안녕 > /data/note.txt"',
    ],
  },
  'postgres-env-volume': {
    right: [
      'docker run -d --name db -e POSTGRES_PASSWORD=secret -v pgdata:/var/lib/postgresql/data postgres',
      'docker rm -f db',
      'docker run -d --name db2 -v pgdata:/var/lib/postgresql/data postgres',
      'docker logs db2',
    ],
    wrong: [
      'docker run -d --name db -v pgdata:/var/lib/postgresql/data postgres',
      'docker rm -f db',
      'docker run -d --name db2 -v pgdata:/var/lib/postgresql/data postgres',
    ],
  },
  'build-run': {
    right: [
      'cd ~/myapp',
      'cat Dockerfile',
      'docker build -t myapp .',
      'docker run -d --name site -p 8080:80 myapp',
      'curl localhost:8080',
    ],
    wrong: [
      'docker build -t myapp .',
      'docker run -d --name site -p 8080:80 nginx',
      'curl localhost:8080',
    ],
  },
  'save-load': {
    right: [
      'docker save -o alpine.tar alpine',
      'ls',
      'docker rmi alpine',
      'docker load -i alpine.tar',
    ],
    wrong: ['docker rmi alpine', 'docker save -o alpine.tar alpine', 'docker pull alpine'],
  },
  'compose-up-down': {
    right: [
      'cd ~/compose-demo',
      'docker compose up -d',
      'docker compose ps',
      'docker compose down',
    ],
    wrong: [
      'docker compose up -d',
      'cd ~/compose-demo',
      'docker compose up -d',
      'docker compose down -v',
    ],
  },
  'hub-pull-tag': {
    right: ['docker pull nginx:alpine', 'docker tag nginx:alpine myname/web:1.0', 'docker images'],
    wrong: ['docker pull nginx', 'docker tag nginx myname/web:1.0'],
  },
  'debug-typo': {
    right: [
      'docker ps -a',
      "docker inspect --format '{{.State.ExitCode}}' typo",
      'docker rm typo',
      'docker run -d --name typo alpine sleep 100',
    ],
    // Starting the broken container again keeps the typo; a shell-less fix under another name misses the goal.
    wrong: ['docker start typo', 'docker run -d --name fixed alpine sleep 100'],
  },
  'debug-loopback': {
    right: [
      'curl http://localhost:8080',
      'docker logs api',
      'docker run --rm --network container:api busybox wget -qO- localhost:8000',
      'docker rm -f api',
      'docker run -d --name api -p 8080:8000 -e PYTHONUNBUFFERED=1 -v ./site:/srv -w /srv python:3.13 python -m http.server 8000 --bind 0.0.0.0',
      'curl http://localhost:8080',
    ],
    // Restarting keeps the loopback bind: the host's curl still gets no page.
    wrong: [
      'docker run --rm --network container:api busybox wget -qO- localhost:8000',
      'docker restart api',
      'curl http://localhost:8080',
    ],
  },
  'debug-oom': {
    right: [
      "docker inspect --format '{{.State.OOMKilled}} {{.State.ExitCode}}' hog",
      'docker rm hog',
      'docker run --name hog -m 256m python:3.13 python -c "data = bytearray(100 * 1024 * 1024)"',
    ],
    // A limit that is still too small is killed again.
    wrong: [
      'docker rm hog',
      'docker run --name hog -m 48m python:3.13 python -c "data = bytearray(100 * 1024 * 1024)"',
    ],
  },
  'debug-crash-loop': {
    right: [
      'docker ps -a',
      'docker logs --tail 20 db',
      'docker rm -f db',
      'docker run -d --name db --restart always -e POSTGRES_PASSWORD=secret postgres',
    ],
    // Restarting by hand does not give the database its password.
    wrong: [
      'docker restart db',
      'docker rm -f db',
      'docker run -d --name db --restart always postgres',
    ],
  },
};

describe('playground scenarios', () => {
  it('has at least 10 scenarios with unique ids and well-formed steps', () => {
    expect(PLAYGROUND_SCENARIOS.length).toBeGreaterThanOrEqual(10);
    const ids = PLAYGROUND_SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of PLAYGROUND_SCENARIOS) {
      expect(s.title).toMatch(/[가-힣]/);
      expect(s.description).toMatch(/[가-힣]/);
      expect(s.chapter).toMatch(/^\/docs\//);
      expect(s.steps.length).toBeGreaterThan(0);
      expect(new Set(s.steps.map((x) => x.id)).size).toBe(s.steps.length);
      for (const step of s.steps) {
        expect(step.instruction).toMatch(/니다\.?$/);
        expect(step.instruction).not.toMatch(/세요/);
        expect(step.hint.length).toBeGreaterThan(0);
      }
      expect(RUNS[s.id], `test sequences for ${s.id}`).toBeDefined();
    }
  });

  it('includes the ten tasks the issue asks for', () => {
    for (const id of [
      'first-container',
      'nginx-port',
      'exec-shell',
      'logs-restart',
      'cleanup',
      'volume-persist',
      'postgres-env-volume',
      'build-run',
      'save-load',
      'compose-up-down',
    ]) {
      expect(findScenario(id), id).toBeDefined();
    }
  });

  for (const scenario of PLAYGROUND_SCENARIOS) {
    it(`${scenario.id}: a correct command sequence completes every step`, () => {
      const {done} = play(scenario, RUNS[scenario.id].right);
      expect(done).toBe(scenario.steps.length);
    });
    it(`${scenario.id}: a wrong sequence does not complete it`, () => {
      const {done} = play(scenario, RUNS[scenario.id].wrong);
      expect(done).toBeLessThan(scenario.steps.length);
    });
    it(`${scenario.id}: nothing is done before the reader acts`, () => {
      expect(play(scenario, []).done).toBe(0);
    });
  }

  it('first-steps: a page reached on the wrong port or before the container runs does not count', () => {
    const s = findScenario('first-steps') as Scenario;
    expect(
      play(s, ['docker run -d -p 8081:80 --name web nginx', 'curl http://localhost:8081']).done,
    ).toBe(0);
    expect(
      play(s, [
        'curl http://localhost:8080',
        'docker run -d -p 8080:80 --name web nginx',
        'docker logs web',
      ]).done,
    ).toBe(1);
  });

  it('first-steps: the steps tick one by one as the chapter goes', () => {
    const s = findScenario('first-steps') as Scenario;
    const lines = RUNS['first-steps']!.right;
    const ticks = lines.map((_, i) => play(s, lines.slice(0, i + 1)).done);
    // run, ps, curl, logs, exec, exec -it, ls, exit, stop, ps -a, rm
    expect(ticks).toEqual([1, 1, 2, 2, 2, 3, 3, 4, 5, 5, 6]);
  });

  it('first-steps-web2: the setup leaves web on 8080, so the same port fails', () => {
    const s = findScenario('first-steps-web2') as Scenario;
    const {engine, done} = play(s, ['docker run -d -p 8080:80 --name web2 nginx']);
    expect(done).toBe(0);
    expect(engine.run('docker ps -a --format "{{.Names}} {{.Status}}"').stdout).toMatch(
      /^web2 Created$/m,
    );
  });

  it('checks state, not typed text: another way to reach the goal also counts', () => {
    const s = findScenario('nginx-port') as Scenario;
    const {done} = play(s, [
      'docker create --name other -p 8080:80 nginx:latest',
      'docker start other',
      'curl localhost:8080/',
      'docker kill other',
    ]);
    expect(done).toBe(3);
  });
});
