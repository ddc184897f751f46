/** Playground tasks of part 4 (building images); checked against the engine's state. */
import type {EngineState} from '../../lib/docker-sim';
import type {Scenario} from '../playground-scenarios';

const imageTagged = (state: EngineState, tag: string) =>
  state.images.find((i) => i.repoTags.includes(tag));

type Container = EngineState['containers'][number];
const logged = (c: Container, text: string): boolean => c.logs.some((l) => l.text.includes(text));
const publishes = (c: Container, host: number, container: number): boolean =>
  c.ports.some((p) => p.hostPort === host && p.containerPort === container);
const hasEnv = (c: Container, entry: string): boolean => c.env.includes(entry);

export const PART4_SCENARIOS: readonly Scenario[] = [
  {
    id: 'dockerfile-entrypoint-cmd',
    title: 'ENTRYPOINT와 CMD를 나눠 쓰는 이미지',
    description:
      '고정할 실행 파일은 ENTRYPOINT에, 바꿀 수 있는 기본 인자는 CMD에 둔 이미지를 만들고, 인자를 바꿔 실행합니다.',
    chapter: '/docs/building-images/dockerfile-basics',
    setup: [],
    steps: [
      {
        id: 'build',
        instruction:
          'alpine을 바탕으로, ENTRYPOINT ["echo"]와 CMD ["hello"]를 둔 Dockerfile을 만들어 greet:1.0 이미지로 빌드합니다.',
        hint: 'mkdir greet && cd greet && printf \'FROM alpine\\nENTRYPOINT ["echo"]\\nCMD ["hello"]\\n\' > Dockerfile && docker build -t greet:1.0 .',
        check: (_s, st) => {
          const config = imageTagged(st, 'greet:1.0')?.config;
          return config?.entrypoint?.join(' ') === 'echo' && config.cmd?.join(' ') === 'hello';
        },
      },
      {
        id: 'run-argument',
        instruction:
          'greet:1.0을 --rm 없이, 이미지 이름 뒤에 인자를 붙여 실행합니다. 인자가 CMD를 대신하므로 echo가 hello 대신 그 인자를 출력합니다.',
        hint: 'docker run --name greet-bye greet:1.0 bye',
        check: (_s, st) =>
          st.containers.some(
            (c) =>
              c.imageId === imageTagged(st, 'greet:1.0')?.id &&
              c.path === 'echo' &&
              c.args.length > 0 &&
              c.args.join(' ') !== 'hello',
          ),
      },
    ],
  },
  {
    id: 'static-site-404',
    title: '정적 사이트의 없는 페이지',
    description:
      'static-site 예제를 빌드해 실행하고, 없는 주소를 요청해 nginx의 접근 기록에 404가 남는 것을 확인합니다.',
    chapter: '/docs/building-images/practice-static-site',
    setup: [],
    steps: [
      {
        id: 'build',
        instruction: 'examples/static-site 디렉터리에서 static-site:1.0 이미지를 빌드합니다.',
        hint: 'cd examples/static-site && docker build -t static-site:1.0 .',
        check: (_s, st) =>
          imageTagged(st, 'static-site:1.0')?.files.files['/usr/share/nginx/html/404.html'] !==
          undefined,
      },
      {
        id: 'run',
        instruction:
          'static-site:1.0을 cafe-404라는 이름으로, 호스트 포트 8088을 컨테이너의 80번에 연결해 백그라운드로 실행합니다.',
        hint: 'docker run -d --name cafe-404 -p 8088:80 static-site:1.0',
        check: (_s, st) =>
          st.containers.some(
            (c) => c.name === 'cafe-404' && c.state === 'running' && publishes(c, 8088, 80),
          ),
      },
      {
        id: 'not-found',
        instruction:
          'curl로 사이트에 없는 주소(예: /no-such-page)를 요청합니다. docker logs cafe-404의 마지막 줄에 상태 코드 404가 보입니다.',
        hint: 'curl http://localhost:8088/no-such-page',
        check: (_s, st) =>
          st.containers.some((c) => c.name === 'cafe-404' && logged(c, ' HTTP/1.1" 404 ')),
      },
    ],
  },
  {
    id: 'node-app-port',
    title: '환경 변수로 포트 바꾸기',
    description:
      'node-app 이미지를 다시 빌드하지 않고 PORT 환경 변수로 듣는 포트를 바꾸고, docker stop으로 깔끔하게 끝냅니다.',
    chapter: '/docs/building-images/practice-node',
    setup: [],
    steps: [
      {
        id: 'run-4000',
        instruction:
          'examples/node-app에서 node-app:1.0을 빌드하고, greeter-4000이라는 이름으로 앱이 4000번 포트에서 듣게 실행합니다. 호스트의 4000번도 컨테이너의 4000번에 연결합니다.',
        hint: 'cd examples/node-app && docker build -t node-app:1.0 . && docker run -d --name greeter-4000 -e PORT=4000 -p 4000:4000 node-app:1.0',
        check: (_s, st) =>
          st.containers.some(
            (c) =>
              c.state === 'running' &&
              hasEnv(c, 'PORT=4000') &&
              publishes(c, 4000, 4000) &&
              logged(c, 'node-app listening on port 4000'),
          ),
      },
      {
        id: 'stop',
        instruction:
          '그 컨테이너를 docker stop으로 멈춥니다. 앱이 SIGTERM을 받아 로그를 남기고 종료 코드 0으로 끝납니다.',
        hint: 'docker stop greeter-4000',
        check: (_s, st) =>
          st.containers.some(
            (c) =>
              c.state === 'exited' &&
              c.exitCode === 0 &&
              hasEnv(c, 'PORT=4000') &&
              logged(c, 'SIGTERM received, shutting down'),
          ),
      },
    ],
  },
  {
    id: 'java-app-sigterm',
    title: 'JVM의 종료 훅과 종료 코드',
    description:
      'java-app을 다른 포트로 실행하고 docker stop으로 멈춰, 종료 훅의 로그와 JVM의 종료 코드 143을 확인합니다.',
    chapter: '/docs/building-images/practice-java',
    setup: [],
    steps: [
      {
        id: 'run-9000',
        instruction:
          'examples/java-app에서 java-app:1.0을 빌드하고, hello-9000이라는 이름으로 앱이 9000번 포트에서 듣게 실행합니다. 호스트의 9000번도 컨테이너의 9000번에 연결합니다.',
        hint: 'cd examples/java-app && docker build -t java-app:1.0 . && docker run -d --name hello-9000 -e PORT=9000 -p 9000:9000 java-app:1.0',
        check: (_s, st) =>
          st.containers.some(
            (c) =>
              c.state === 'running' &&
              publishes(c, 9000, 9000) &&
              logged(c, 'java-app listening on port 9000'),
          ),
      },
      {
        id: 'stop',
        instruction:
          'docker stop으로 멈춥니다. 종료 훅이 shutting down을 남기고, JVM은 SIGTERM을 받았을 때의 관례대로 143(128+15)으로 끝납니다. docker kill로 멈추면 종료 훅이 돌지 않습니다.',
        hint: 'docker stop hello-9000',
        check: (_s, st) =>
          st.containers.some(
            (c) =>
              c.state === 'exited' &&
              c.exitCode === 143 &&
              logged(c, 'java-app listening on port 9000') &&
              logged(c, 'shutting down'),
          ),
      },
    ],
  },
  {
    id: 'python-app-memory',
    title: '프로세스 메모리에 둔 데이터',
    description:
      'python-app에 메모를 두 개 저장한 뒤 컨테이너를 다시 시작해, 프로세스 메모리에 둔 데이터가 사라지는 것을 확인합니다.',
    chapter: '/docs/building-images/practice-python',
    setup: [],
    steps: [
      {
        id: 'two-notes',
        instruction:
          'examples/python-app에서 python-app:1.0을 빌드해 memo-task라는 이름으로 호스트 포트 8001에 연결해 실행하고, curl로 메모를 두 개 저장합니다.',
        hint: 'cd examples/python-app && docker build -t python-app:1.0 . && docker run -d --name memo-task -p 8001:8000 python-app:1.0 && curl -X POST http://localhost:8001/notes -H "Content-Type: application/json" -d \'{"text": "하나"}\' && curl -X POST http://localhost:8001/notes -H "Content-Type: application/json" -d \'{"text": "둘"}\'',
        check: (_s, st) =>
          st.containers.some(
            (c) =>
              c.name === 'memo-task' && c.state === 'running' && (c.appMemory ?? []).length >= 2,
          ),
      },
      {
        id: 'restart',
        instruction:
          'docker restart memo-task로 다시 시작한 뒤 curl http://localhost:8001/notes를 실행합니다. 메모 목록이 빈 배열 []입니다.',
        hint: 'docker restart memo-task',
        check: (_s, st) =>
          st.containers.some(
            (c) =>
              c.name === 'memo-task' &&
              c.state === 'running' &&
              c.starts >= 2 &&
              (c.appMemory ?? []).length === 0,
          ),
      },
    ],
  },
  {
    id: 'advanced-sizes',
    title: '순진한 이미지와 작은 이미지',
    description:
      '같은 Go 앱을 한 단계 Dockerfile과 멀티 스테이지 Dockerfile로 빌드해 크기를 비교하고, 작은 이미지를 다른 포트로 실행합니다.',
    chapter: '/docs/building-images/practice-advanced',
    setup: [],
    steps: [
      {
        id: 'build-both',
        instruction:
          'examples/advanced에서 Dockerfile.naive로 advanced:naive를, Dockerfile로 advanced:1.0을 빌드합니다. docker images advanced로 두 크기를 비교합니다.',
        hint: 'cd examples/advanced && docker build -t advanced:naive -f Dockerfile.naive . && docker build -t advanced:1.0 .',
        check: (_s, st) => {
          const naive = imageTagged(st, 'advanced:naive');
          const small = imageTagged(st, 'advanced:1.0');
          return (
            naive !== undefined &&
            small?.files.files['/server'] !== undefined &&
            small.size < naive.size
          );
        },
      },
      {
        id: 'run-9090',
        instruction:
          'advanced:1.0을 small-9090이라는 이름으로, 앱이 9090번 포트에서 듣게 실행하고 호스트의 9090번을 연결합니다.',
        hint: 'docker run -d --name small-9090 -e PORT=9090 -p 9090:9090 advanced:1.0',
        check: (_s, st) =>
          st.containers.some(
            (c) =>
              c.state === 'running' &&
              publishes(c, 9090, 9090) &&
              logged(c, 'advanced listening on :9090'),
          ),
      },
    ],
  },
];
