/**
 * Guided tasks for the Docker playground. Each step's goal is checked against the engine's
 * STATE (containers, images, volumes, files, logs), never against the text the reader typed,
 * so any correct way of reaching the goal counts.
 */
import type {EngineState, Snapshot} from '../lib/docker-sim';
import {COMPOSE_DEMO_SETUP, MYAPP_SETUP} from '../lib/docker-sim/fixtures/sample-projects';
import {PART3_SCENARIOS} from './scenarios/part3';
import {PART4_SCENARIOS} from './scenarios/part4';
import {PART5_SCENARIOS} from './scenarios/part5';

export interface ScenarioStep {
  /** Stable id within the scenario (for progress records). */
  readonly id: string;
  /** What to do, in Korean (합니다체). */
  readonly instruction: string;
  /** A command that works, shown on request. */
  readonly hint: string;
  /** True when the engine's state shows the goal is reached. */
  readonly check: (snapshot: Snapshot, state: EngineState) => boolean;
}

export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** The chapter this task belongs to (site path). */
  readonly chapter: string;
  /** Lines run in a fresh engine before the reader starts (to prepare the situation). */
  readonly setup: readonly string[];
  readonly steps: readonly ScenarioStep[];
}

const imageIs = (repo: string) => (image: string) => image === repo || image.startsWith(`${repo}:`);
const hasImage =
  (repo: string, tag = 'latest') =>
  (s: Snapshot): boolean =>
    s.images.some((i) => i.repoTags.includes(`${repo}:${tag}`));
const running = (s: Snapshot) => s.containers.filter((c) => c.state === 'running');
const containerFile = (state: EngineState, name: string, path: string): string | undefined => {
  const c = state.containers.find((x) => x.name === name);
  return c?.rootfs.files[path];
};
const volumeFile = (state: EngineState, volume: string, path: string): string | undefined =>
  state.volumes.find((v) => v.name === volume)?.files.files[path];
const logsOf = (
  state: EngineState,
  pred: (c: EngineState['containers'][number]) => boolean,
): string[] => state.containers.filter(pred).flatMap((c) => c.logs.map((l) => l.text));

const runningNamed = (s: Snapshot, name: string) =>
  running(s).find((c) => c.name === name && imageIs('nginx')(c.image));
const publishes = (c: Snapshot['containers'][number], hostPort: number, containerPort: number) =>
  c.ports.some((p) => p.hostPort === hostPort && p.containerPort === containerPort);
/** nginx's access-log line for a page it served: what `docker logs` shows after `curl`. */
const servedPage = (state: EngineState, name: string): boolean =>
  logsOf(state, (c) => c.name === name).some((l) => /"GET \S+ HTTP\/1\.1" 200 /.test(l));

/** A python http.server in container `name` answered GET / with 200 to a client at `clientIp`. */
const servedTo = (state: EngineState, name: string, clientIp: string): boolean =>
  logsOf(state, (c) => c.name === name && c.state === 'running').some(
    (l) => l.startsWith(`${clientIp} - - [`) && /"GET \/ HTTP\/1\.1" 200 /.test(l),
  );

export const PLAYGROUND_SCENARIOS: readonly Scenario[] = [
  {
    id: 'first-steps',
    title: '웹 서버 컨테이너 한 바퀴',
    description: 'nginx 컨테이너를 띄워 접속하고, 로그를 보고, 안에 들어가 본 뒤, 멈추고 지웁니다.',
    chapter: '/docs/start/first-container',
    setup: [],
    steps: [
      {
        id: 'run-web',
        instruction:
          'nginx 이미지로 web이라는 컨테이너를 백그라운드(-d)에서 실행하고, 호스트의 8080 포트를 컨테이너의 80 포트에 연결합니다.',
        hint: 'docker run -d -p 8080:80 --name web nginx',
        check: (s) => {
          const web = runningNamed(s, 'web');
          return web !== undefined && publishes(web, 8080, 80);
        },
      },
      {
        id: 'visit',
        instruction:
          'curl로 http://localhost:8080 에 요청을 보내 환영 페이지를 받습니다. 그다음 docker logs web 으로 이 요청이 접근 로그에 남았는지 봅니다.',
        hint: 'curl http://localhost:8080',
        check: (_s, st) => servedPage(st, 'web'),
      },
      {
        id: 'open-shell',
        instruction: 'web 컨테이너 안에서 셸(sh)을 엽니다. 프롬프트가 root@… 로 바뀝니다.',
        hint: 'docker exec -it web sh',
        check: (s) => s.session !== null && s.session.containerName === 'web',
      },
      {
        id: 'leave-shell',
        instruction:
          'ls /usr/share/nginx/html 로 nginx가 보내 주는 파일을 본 뒤, exit로 셸을 빠져나옵니다. 컨테이너는 계속 실행됩니다.',
        hint: 'exit',
        check: (s) => s.session === null && runningNamed(s, 'web') !== undefined,
      },
      {
        id: 'stop',
        instruction: 'web 컨테이너를 멈춥니다. docker ps -a 로 보면 STATUS가 Exited (0)입니다.',
        hint: 'docker stop web',
        check: (s) => s.containers.some((c) => c.name === 'web' && c.state === 'exited'),
      },
      {
        id: 'remove',
        instruction: '멈춘 web 컨테이너를 지웁니다. nginx 이미지는 남겨 둡니다.',
        hint: 'docker rm web',
        check: (s) => !s.containers.some((c) => c.name === 'web') && hasImage('nginx')(s),
      },
    ],
  },
  {
    id: 'first-steps-web2',
    title: '두 번째 웹 서버',
    description:
      'web이 8080 포트를 쓰고 있는 동안, 두 번째 nginx 컨테이너를 다른 포트로 띄워 접속합니다.',
    chapter: '/docs/start/first-container',
    setup: ['docker run -d -p 8080:80 --name web nginx'],
    steps: [
      {
        id: 'run-web2',
        instruction:
          'web을 그대로 둔 채, nginx 컨테이너를 web2라는 이름으로 하나 더 실행하고 호스트의 8081 포트를 컨테이너의 80 포트에 연결합니다.',
        hint: 'docker run -d -p 8081:80 --name web2 nginx',
        check: (s) => {
          const web2 = runningNamed(s, 'web2');
          return web2 !== undefined && publishes(web2, 8081, 80) && !!runningNamed(s, 'web');
        },
      },
      {
        id: 'visit-web2',
        instruction:
          'curl로 http://localhost:8081 에 접속해 web2가 환영 페이지를 보내는지 확인합니다.',
        hint: 'curl http://localhost:8081',
        check: (_s, st) => servedPage(st, 'web2'),
      },
    ],
  },
  {
    id: 'first-container',
    title: '첫 컨테이너 실행하기',
    description:
      'hello-world 이미지로 컨테이너를 하나 실행하고, 끝난 컨테이너를 확인한 뒤 지웁니다.',
    chapter: '/docs/docker-basics/basic-commands',
    setup: [],
    steps: [
      {
        id: 'run-hello',
        instruction:
          'hello-world 이미지로 컨테이너를 실행합니다. 이미지가 없으면 Docker가 먼저 내려받습니다.',
        hint: 'docker run hello-world',
        check: (s) =>
          s.containers.some(
            (c) => imageIs('hello-world')(c.image) && c.state === 'exited' && c.exitCode === 0,
          ),
      },
      {
        id: 'remove-hello',
        instruction: '끝난(Exited) hello-world 컨테이너를 모두 지웁니다. 이미지는 남겨 둡니다.',
        hint: 'docker container prune -f',
        check: (s) =>
          hasImage('hello-world')(s) && !s.containers.some((c) => imageIs('hello-world')(c.image)),
      },
    ],
  },
  {
    id: 'nginx-port',
    title: 'nginx를 8080 포트로 공개하기',
    description: '웹 서버 컨테이너를 백그라운드로 실행하고, 호스트의 8080 포트로 접속해 봅니다.',
    chapter: '/docs/docker-basics/basic-commands',
    setup: [],
    steps: [
      {
        id: 'run-nginx',
        instruction:
          'nginx 컨테이너를 백그라운드(-d)로 실행하고 호스트의 8080 포트를 컨테이너의 80 포트에 연결합니다.',
        hint: 'docker run -d --name web -p 8080:80 nginx',
        check: (s) =>
          running(s).some(
            (c) =>
              imageIs('nginx')(c.image) &&
              c.ports.some((p) => p.hostPort === 8080 && p.containerPort === 80),
          ),
      },
      {
        id: 'request',
        instruction: 'curl로 http://localhost:8080 에 요청을 보내 nginx 환영 페이지를 받습니다.',
        hint: 'curl http://localhost:8080',
        check: (_s, st) =>
          logsOf(st, (c) => c.ports.some((p) => p.hostPort === 8080)).some((l) =>
            l.includes('"GET / HTTP/1.1" 200'),
          ),
      },
      {
        id: 'stop',
        instruction: '컨테이너를 멈춥니다. 멈춘 뒤에는 8080 포트로 접속할 수 없습니다.',
        hint: 'docker stop web',
        check: (s) =>
          s.containers.some((c) => imageIs('nginx')(c.image)) &&
          !running(s).some((c) => c.ports.some((p) => p.hostPort === 8080)),
      },
    ],
  },
  {
    id: 'exec-shell',
    title: '실행 중인 컨테이너 안으로 들어가기',
    description: 'docker exec로 컨테이너 안에서 셸을 열고, 파일을 만들어 본 뒤 빠져나옵니다.',
    chapter: '/docs/docker-basics/container-lifecycle',
    setup: ['docker run -d --name web -p 8080:80 nginx'],
    steps: [
      {
        id: 'open-shell',
        instruction: 'web 컨테이너 안에서 대화형 셸(sh)을 엽니다. 프롬프트가 root@… 로 바뀝니다.',
        hint: 'docker exec -it web sh',
        check: (s) => s.session !== null && s.session.containerName === 'web',
      },
      {
        id: 'write-file',
        instruction:
          '컨테이너 안에서 /usr/share/nginx/html/hello.html 파일을 만들고 내용을 적습니다.',
        hint: 'echo "<h1>hello</h1>" > /usr/share/nginx/html/hello.html',
        check: (_s, st) =>
          (containerFile(st, 'web', '/usr/share/nginx/html/hello.html') ?? '').trim().length > 0,
      },
      {
        id: 'leave',
        instruction: 'exit로 셸을 빠져나옵니다. exec로 연 셸이므로 컨테이너는 계속 실행됩니다.',
        hint: 'exit',
        check: (s) =>
          s.session === null && s.containers.some((c) => c.name === 'web' && c.state === 'running'),
      },
    ],
  },
  {
    id: 'logs-restart',
    title: '로그 보고 다시 시작하기',
    description:
      'redis 컨테이너의 로그를 읽고, 컨테이너를 다시 시작해 로그가 이어지는 것을 확인합니다.',
    chapter: '/docs/docker-basics/container-lifecycle',
    setup: [],
    steps: [
      {
        id: 'run-redis',
        instruction: 'redis 컨테이너를 cache라는 이름으로 백그라운드에서 실행합니다.',
        hint: 'docker run -d --name cache redis',
        check: (s) => running(s).some((c) => c.name === 'cache' && imageIs('redis')(c.image)),
      },
      {
        id: 'restart',
        instruction:
          'cache 컨테이너를 다시 시작합니다. docker logs cache 로 "Ready to accept connections"가 두 번 찍힌 것을 확인해 봅니다.',
        hint: 'docker restart cache',
        check: (s, st) =>
          running(s).some((c) => c.name === 'cache') &&
          logsOf(st, (c) => c.name === 'cache').filter((l) =>
            l.includes('Ready to accept connections'),
          ).length >= 2,
      },
    ],
  },
  {
    id: 'cleanup',
    title: '컨테이너와 이미지 정리하기',
    description: '실행 중인 컨테이너를 멈추고, 컨테이너와 쓰지 않는 이미지를 모두 지웁니다.',
    chapter: '/docs/docker-basics/basic-commands',
    setup: [
      'docker run -d --name web nginx',
      'docker run hello-world',
      'docker run -d --name cache redis',
    ],
    steps: [
      {
        id: 'stop-all',
        instruction: '실행 중인 컨테이너를 모두 멈춥니다.',
        hint: 'docker stop web cache',
        check: (s) =>
          running(s).length === 0 &&
          !s.containers.some((c) => c.state === 'paused' || c.state === 'restarting'),
      },
      {
        id: 'remove-containers',
        instruction: '멈춘 컨테이너를 모두 지웁니다.',
        hint: 'docker container prune -f',
        check: (s) => s.containers.length === 0,
      },
      {
        id: 'remove-images',
        instruction: '이제 아무 컨테이너도 쓰지 않는 이미지를 모두 지웁니다.',
        hint: 'docker image prune -a -f',
        check: (s) => s.containers.length === 0 && s.images.length === 0,
      },
    ],
  },
  {
    id: 'volume-persist',
    title: '컨테이너보다 오래 사는 볼륨',
    description: '볼륨에 파일을 쓰는 컨테이너를 지워도 데이터가 남는 것을 확인합니다.',
    chapter: '/docs/docker-basics/data-storage',
    setup: [],
    steps: [
      {
        id: 'create-volume',
        instruction: 'notes라는 이름의 볼륨을 만듭니다.',
        hint: 'docker volume create notes',
        check: (s) => s.volumes.some((v) => v.name === 'notes'),
      },
      {
        id: 'write',
        instruction:
          'alpine 컨테이너에 notes 볼륨을 /data로 연결하고 /data/note.txt에 글을 씁니다. --rm으로 컨테이너는 끝나면 지워지게 합니다.',
        hint: 'docker run --rm -v notes:/data alpine sh -c "echo 안녕 > /data/note.txt"',
        check: (_s, st) => (volumeFile(st, 'notes', '/note.txt') ?? '').trim().length > 0,
      },
      {
        id: 'outlives',
        instruction:
          '그 볼륨을 쓰는 컨테이너가 하나도 없어도 볼륨과 파일이 남아 있는지 확인합니다. 새 컨테이너로 파일을 읽어 봅니다.',
        hint: 'docker run --rm -v notes:/data alpine cat /data/note.txt',
        check: (s, st) =>
          s.volumes.some((v) => v.name === 'notes' && v.usedBy.length === 0) &&
          (volumeFile(st, 'notes', '/note.txt') ?? '') !== '',
      },
    ],
  },
  {
    id: 'postgres-env-volume',
    title: '환경 변수와 볼륨으로 PostgreSQL 실행하기',
    description:
      '비밀번호를 환경 변수로 넘기고 데이터를 볼륨에 두어, 컨테이너를 바꿔도 데이터베이스가 남게 합니다.',
    chapter: '/docs/docker-basics/data-storage',
    setup: [],
    steps: [
      {
        id: 'run-db',
        instruction:
          'postgres 컨테이너를 db라는 이름으로 실행합니다. POSTGRES_PASSWORD 환경 변수를 주고, pgdata 볼륨을 /var/lib/postgresql/data에 연결합니다.',
        hint: 'docker run -d --name db -e POSTGRES_PASSWORD=secret -v pgdata:/var/lib/postgresql/data postgres',
        check: (s) =>
          running(s).some(
            (c) =>
              c.name === 'db' &&
              imageIs('postgres')(c.image) &&
              c.mounts.some(
                (m) => m.name === 'pgdata' && m.destination === '/var/lib/postgresql/data',
              ),
          ),
      },
      {
        id: 'remove-db',
        instruction: 'db 컨테이너를 강제로 지웁니다. pgdata 볼륨은 지우지 않습니다.',
        hint: 'docker rm -f db',
        check: (s, st) =>
          !s.containers.some((c) => c.name === 'db') &&
          volumeFile(st, 'pgdata', '/PG_VERSION') !== undefined,
      },
      {
        id: 'reuse',
        instruction:
          '같은 pgdata 볼륨으로 db2 컨테이너를 새로 실행합니다. 로그에 "Skipping initialization"이 보이면 데이터가 그대로 남은 것입니다.',
        hint: 'docker run -d --name db2 -v pgdata:/var/lib/postgresql/data postgres',
        check: (s, st) =>
          running(s).some((c) => c.name === 'db2' && c.mounts.some((m) => m.name === 'pgdata')) &&
          logsOf(st, (c) => c.name === 'db2').some((l) => l.includes('Skipping initialization')),
      },
    ],
  },
  {
    id: 'build-run',
    title: '이미지를 만들어 실행하기',
    description: '준비된 ~/myapp 디렉터리의 Dockerfile로 이미지를 만들고 컨테이너로 띄웁니다.',
    chapter: '/docs/building-images/build-tag-push',
    setup: MYAPP_SETUP,
    steps: [
      {
        id: 'build',
        instruction:
          '~/myapp 디렉터리로 이동해 Dockerfile로 myapp 이미지를 만듭니다. cat Dockerfile 로 내용을 먼저 읽어 봅니다.',
        hint: 'cd ~/myapp && docker build -t myapp .',
        check: hasImage('myapp'),
      },
      {
        id: 'run',
        instruction:
          'myapp 이미지로 컨테이너를 백그라운드에서 실행하고 호스트의 8080 포트를 80 포트에 연결합니다.',
        hint: 'docker run -d --name site -p 8080:80 myapp',
        check: (s) =>
          running(s).some(
            (c) =>
              imageIs('myapp')(c.image) &&
              c.ports.some((p) => p.hostPort === 8080 && p.containerPort === 80),
          ),
      },
      {
        id: 'visit',
        instruction: 'curl로 http://localhost:8080 을 열어 직접 만든 페이지가 나오는지 봅니다.',
        hint: 'curl http://localhost:8080',
        check: (_s, st) =>
          logsOf(st, (c) => c.image === 'myapp' || c.image === 'myapp:latest').some((l) =>
            l.includes('"GET / HTTP/1.1" 200'),
          ),
      },
    ],
  },
  {
    id: 'save-load',
    title: '이미지를 파일로 저장하고 다시 불러오기',
    description:
      'docker save로 이미지를 tar 파일로 만들고, 이미지를 지운 뒤 docker load로 되살립니다.',
    chapter: '/docs/docker-basics/backup-and-move',
    setup: ['docker pull alpine'],
    steps: [
      {
        id: 'save',
        instruction:
          'alpine 이미지를 현재 디렉터리의 alpine.tar 파일로 저장합니다. ls로 파일이 생겼는지 확인합니다.',
        hint: 'docker save -o alpine.tar alpine',
        check: (_s, st) =>
          Object.entries(st.host.files).some(
            ([p, c]) => p.endsWith('/alpine.tar') && c.includes('"alpine:latest"'),
          ),
      },
      {
        id: 'remove',
        instruction: 'alpine 이미지를 지웁니다.',
        hint: 'docker rmi alpine',
        check: (s, st) =>
          !hasImage('alpine')(s) &&
          Object.keys(st.host.files).some((p) => p.endsWith('/alpine.tar')),
      },
      {
        id: 'load',
        instruction: 'alpine.tar 파일에서 이미지를 다시 불러옵니다.',
        hint: 'docker load -i alpine.tar',
        check: hasImage('alpine'),
      },
    ],
  },
  {
    id: 'compose-up-down',
    title: 'Compose로 여러 컨테이너 올리고 내리기',
    description:
      '~/compose-demo의 compose.yaml로 웹 서버와 데이터베이스를 한 번에 실행하고 정리합니다.',
    chapter: '/docs/compose-cluster/compose-intro',
    setup: COMPOSE_DEMO_SETUP,
    steps: [
      {
        id: 'up',
        instruction:
          '~/compose-demo 디렉터리로 이동해 compose.yaml의 서비스를 백그라운드로 올립니다.',
        hint: 'cd ~/compose-demo && docker compose up -d',
        check: (_s, st) =>
          st.containers.filter(
            (c) =>
              c.labels['com.docker.compose.project'] === 'compose-demo' && c.state === 'running',
          ).length >= 2,
      },
      {
        id: 'down',
        instruction:
          '서비스를 내립니다. 컨테이너와 네트워크는 지워지고, 이름 있는 볼륨 compose-demo_db-data는 남습니다.',
        hint: 'docker compose down',
        check: (s, st) =>
          !st.containers.some((c) => c.labels['com.docker.compose.project'] === 'compose-demo') &&
          !s.networks.some((n) => n.name === 'compose-demo_default') &&
          s.volumes.some((v) => v.name === 'compose-demo_db-data'),
      },
    ],
  },
  {
    id: 'hub-pull-tag',
    title: 'Docker Hub 이미지 받고 태그 붙이기',
    description: '특정 태그의 이미지를 내려받고, 내 이름으로 새 태그를 붙여 봅니다.',
    chapter: '/docs/docker-basics/docker-hub-practice',
    setup: [],
    steps: [
      {
        id: 'pull',
        instruction: 'nginx의 alpine 태그 이미지를 내려받습니다.',
        hint: 'docker pull nginx:alpine',
        check: hasImage('nginx', 'alpine'),
      },
      {
        id: 'tag',
        instruction:
          '그 이미지에 myname/web:1.0 태그를 붙입니다. 두 태그의 IMAGE ID가 같은지 docker images로 확인합니다.',
        hint: 'docker tag nginx:alpine myname/web:1.0',
        check: (s) =>
          s.images.some(
            (i) => i.repoTags.includes('nginx:alpine') && i.repoTags.includes('myname/web:1.0'),
          ),
      },
    ],
  },
  {
    id: 'debug-typo',
    title: '명령 이름 오타 고치기',
    description:
      'alpine 이미지에 없는 명령(slep)으로 만든 typo 컨테이너가 시작하지 못했습니다. 원인을 확인하고 고칩니다.',
    chapter: '/docs/docker-basics/debugging',
    setup: ['docker run --name typo alpine slep 100'],
    steps: [
      {
        id: 'remove-broken',
        instruction:
          "docker ps -a 로 typo의 STATUS(Created)를, docker inspect --format '{{.State.ExitCode}}' typo 로 종료 코드 127을 확인한 뒤, 시작하지 못한 typo를 지웁니다.",
        hint: 'docker rm typo',
        check: (_s, st) => !st.containers.some((c) => c.name === 'typo' && c.path === 'slep'),
      },
      {
        id: 'run-fixed',
        instruction: '같은 이름 typo로, 이번에는 sleep 100을 백그라운드(-d)에서 실행합니다.',
        hint: 'docker run -d --name typo alpine sleep 100',
        check: (_s, st) =>
          st.containers.some(
            (c) => c.name === 'typo' && c.state === 'running' && c.path === 'sleep',
          ),
      },
    ],
  },
  {
    id: 'debug-loopback',
    title: '127.0.0.1에만 묶인 앱',
    description:
      'api 컨테이너의 웹 서버가 127.0.0.1에서만 기다려, 호스트의 curl http://localhost:8080 이 끊깁니다. 안쪽에서 확인하고 고칩니다.',
    chapter: '/docs/docker-basics/debugging',
    setup: [
      'mkdir site',
      "echo '<h1>hello</h1>' > site/index.html",
      'docker run -d --name api -p 8080:8000 -e PYTHONUNBUFFERED=1 -v ./site:/srv -w /srv python:3.13 python -m http.server 8000 --bind 127.0.0.1',
    ],
    steps: [
      {
        id: 'inside',
        instruction:
          'docker logs api 로 서버가 듣는 주소를 본 뒤, api의 네트워크 네임스페이스를 함께 쓰는 busybox 도우미로 localhost:8000 에 요청해 안쪽에서는 응답하는지 확인합니다.',
        hint: 'docker run --rm --network container:api busybox wget -qO- localhost:8000',
        check: (_s, st) => servedTo(st, 'api', '127.0.0.1'),
      },
      {
        id: 'fix',
        instruction:
          'api를 지우고 서버가 0.0.0.0에서 기다리게 다시 띄운 뒤, 호스트에서 curl http://localhost:8080 으로 페이지를 받습니다.',
        hint: 'docker rm -f api 다음 같은 docker run에서 --bind 0.0.0.0',
        check: (_s, st) => servedTo(st, 'api', '172.17.0.1'),
      },
    ],
  },
  {
    id: 'debug-oom',
    title: '메모리 한도가 너무 작을 때',
    description:
      'hog 컨테이너가 -m 32m 한도에서 100 MiB를 채우려다 137로 끝났습니다. OOM인지 확인하고, 한도를 맞춰 다시 실행합니다.',
    chapter: '/docs/docker-basics/debugging',
    setup: [
      'docker run --name hog -m 32m python:3.13 python -c "data = bytearray(100 * 1024 * 1024)"',
    ],
    steps: [
      {
        id: 'remove-hog',
        instruction:
          "docker inspect --format '{{.State.OOMKilled}} {{.State.ExitCode}}' hog 로 true 137을 확인한 뒤 hog를 지웁니다.",
        hint: 'docker rm hog',
        check: (_s, st) => !st.containers.some((c) => c.name === 'hog' && c.oomKilled === true),
      },
      {
        id: 'run-fits',
        instruction:
          '같은 파이썬 한 줄을 hog라는 이름으로, 이번에는 넉넉한 메모리 한도(예: -m 256m)를 주어 실행합니다. 종료 코드 0으로 끝나면 성공입니다.',
        hint: 'docker run --name hog -m 256m python:3.13 python -c "data = bytearray(100 * 1024 * 1024)"',
        check: (_s, st) =>
          st.containers.some(
            (c) =>
              c.name === 'hog' &&
              c.state === 'exited' &&
              c.exitCode === 0 &&
              (c.memory ?? 0) > 0 &&
              c.args.some((a) => a.includes('bytearray')),
          ),
      },
    ],
  },
  {
    id: 'debug-crash-loop',
    title: '재시작을 반복하는 데이터베이스',
    description:
      'POSTGRES_PASSWORD 없이 --restart always로 띄운 db가 Restarting (1)을 되풀이합니다. 로그에서 원인을 찾아 고칩니다.',
    chapter: '/docs/docker-basics/debugging',
    setup: ['docker run -d --name db --restart always postgres'],
    steps: [
      {
        id: 'remove-db',
        instruction:
          'docker ps -a 로 Restarting (1)을, docker logs --tail 20 db 로 원인을 확인한 뒤 재시작을 반복하는 db를 강제로 지웁니다.',
        hint: 'docker rm -f db',
        check: (_s, st) => !st.containers.some((c) => c.name === 'db' && c.state === 'restarting'),
      },
      {
        id: 'run-db',
        instruction:
          '같은 이름 db로, --restart always는 그대로 두고 POSTGRES_PASSWORD 환경 변수를 주어 다시 띄웁니다. docker ps 의 STATUS가 Up이면 성공입니다.',
        hint: 'docker run -d --name db --restart always -e POSTGRES_PASSWORD=secret postgres',
        check: (_s, st) =>
          st.containers.some(
            (c) =>
              c.name === 'db' &&
              c.state === 'running' &&
              c.restartPolicy.name === 'always' &&
              c.env.some((e) => /^POSTGRES_PASSWORD=./.test(e)),
          ),
      },
    ],
  },
  ...PART3_SCENARIOS,
  ...PART4_SCENARIOS,
  ...PART5_SCENARIOS,
];

export function findScenario(id: string): Scenario | undefined {
  return PLAYGROUND_SCENARIOS.find((s) => s.id === id);
}
