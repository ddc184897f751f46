/**
 * Beginner topics beyond networks (networks.ts): running and removing containers, logs and exec,
 * data, images and builds, limits and restarts, formats, Compose and versions. Each is replayed
 * in a fresh playground by basics.test.ts; the expected text of the last line comes from the
 * source named (docker/cli and moby at v29.7.2, docker/compose v5.5.0, busybox, nginx), with
 * the placeholders of networks.ts.
 */
import type {BeginnerTopic} from './networks';

const CLI = 'docker/cli v29.7.2';
const MOBY = 'moby/moby docker-v29.7.2';
const COMPOSE = 'docker/compose v5.5.0';
const NGINX_WEB = 'docker run -d --name web -p 8080:80 nginx';

export const BASIC_TOPICS: readonly BeginnerTopic[] = [
  {
    id: 'hello-world',
    question: '설치가 잘 됐는지 어떻게 확인하나요?',
    lines: ['docker run hello-world'],
    expect: {stdout: '<REST>Hello from Docker!<REST>', exitCode: 0},
    source: 'docker-library/hello-world hello.c',
  },
  {
    id: 'run-echo',
    question: '컨테이너에서 명령 하나만 실행하려면?',
    lines: ['docker run --rm alpine echo hi'],
    expect: {stdout: 'hi\n', exitCode: 0},
    source: `${CLI} cli/command/container/run.go (the container's stdout is attached)`,
  },
  {
    id: 'ps-empty',
    question: '아무것도 안 띄웠을 때 docker ps는?',
    lines: ['docker ps'],
    expect: {
      stdout: 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n',
      exitCode: 0,
    },
    source: `${CLI} cli/command/formatter/container.go defaultContainerTableFormat`,
  },
  {
    id: 'ps-all-exited',
    question: '끝난 컨테이너는 어디서 보나요?',
    lines: ['docker run --name once alpine true', "docker ps -a --format '{{.Names}} {{.Status}}'"],
    expect: {stdout: 'once Exited (0) <ANY>\n', exitCode: 0},
    source: `${MOBY} container/state.go State.String`,
  },
  {
    id: 'name-conflict',
    question: '같은 이름으로 또 띄우면?',
    lines: ['docker run -d --name web nginx', 'docker run -d --name web nginx'],
    expect: {
      stderr:
        '<REST>Conflict. The container name "/web" is already in use by container "<ID64>". You have to remove (or rename) that container to be able to reuse that name.<REST>',
      exitCode: 125,
    },
    source: `${MOBY} daemon/names.go`,
  },
  {
    id: 'rm-running',
    question: '실행 중인 컨테이너를 지우면?',
    lines: ['docker run -d --name web nginx', 'docker rm web'],
    expect: {
      stderr:
        'Error response from daemon: cannot remove container "web": container is running: stop the container before removing or force remove\n',
      exitCode: 1,
    },
    source: `${MOBY} daemon/delete.go`,
  },
  {
    id: 'rm-force-missing',
    question: '없는 컨테이너를 rm -f 하면?',
    lines: ['docker rm -f nothere'],
    expect: {stdout: '', stderr: '', exitCode: 0},
    source: `${CLI} cli/command/container/rm.go (29.7.0: not-found is ignored with --force)`,
  },
  {
    id: 'exec-stopped',
    question: '멈춘 컨테이너에 exec 하면?',
    lines: ['docker run -d --name web nginx', 'docker stop web', 'docker exec web ls'],
    expect: {stderr: 'Error response from daemon: container <ID64> is not running\n', exitCode: 1},
    source: `${MOBY} daemon/exec.go`,
  },
  {
    id: 'logs-streams',
    question: 'docker logs는 stdout과 stderr를 나눠 주나요?',
    lines: ["docker run --name w1 alpine sh -c 'echo out; echo err >&2'", 'docker logs w1'],
    expect: {stdout: 'out\n', stderr: 'err\n', exitCode: 0},
    source: `${CLI} cli/command/container/logs.go (stdcopy keeps the two streams apart)`,
  },
  {
    id: 'inspect-status',
    question: '컨테이너 상태 하나만 뽑으려면?',
    lines: ['docker run -d --name web nginx', "docker inspect -f '{{.State.Status}}' web"],
    expect: {stdout: 'running\n', exitCode: 0},
    source: `${MOBY} api/types/container State.Status`,
  },
  {
    id: 'inspect-missing',
    question: '없는 이름을 inspect 하면?',
    lines: ['docker inspect nope'],
    expect: {stdout: '[]\n', stderr: 'error: no such object: nope\n', exitCode: 1},
    source: `${CLI} cli/command/system/inspect.go`,
  },
  {
    id: 'port-mapping',
    question: '어느 호스트 포트로 열렸나요?',
    lines: [NGINX_WEB, 'docker port web'],
    expect: {stdout: '80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n', exitCode: 0},
    source: `${CLI} cli/command/container/port.go`,
  },
  {
    id: 'curl-published',
    question: '열린 포트로 접속하면 nginx가 답하나요?',
    lines: [NGINX_WEB, 'curl -s http://localhost:8080 | grep title'],
    expect: {stdout: '<title>Welcome to nginx!</title>\n', exitCode: 0},
    source: 'nginx 1.29 html/index.html',
  },
  {
    id: 'volume-persists',
    question: '컨테이너를 지워도 볼륨의 데이터는 남나요?',
    lines: [
      'docker volume create data',
      "docker run --rm -v data:/data alpine sh -c 'echo kept > /data/f'",
      'docker run --rm -v data:/data alpine cat /data/f',
    ],
    expect: {stdout: 'kept\n', exitCode: 0},
    source: `${MOBY} volume/local (a named volume outlives its containers)`,
  },
  {
    id: 'volume-in-use',
    question: '쓰고 있는 볼륨을 지우면?',
    lines: ['docker run -d --name db -v data:/data redis', 'docker volume rm data'],
    expect: {
      stderr: 'Error response from daemon: remove data: volume is in use - [<ID64>]\n',
      exitCode: 1,
    },
    source: `${MOBY} volume/service/store.go errVolumeInUse`,
  },
  {
    id: 'bind-mount',
    question: '내 폴더를 컨테이너에 보여 주려면?',
    lines: [
      'mkdir site',
      'echo hello > site/index.html',
      'docker run --rm -v "$PWD/site":/srv:ro alpine cat /srv/index.html',
    ],
    expect: {stdout: 'hello\n', exitCode: 0},
    source: `${MOBY} daemon/volumes.go (bind mounts)`,
  },
  {
    id: 'pull-missing-tag',
    question: '없는 태그를 받으면?',
    lines: ['docker pull nginx:nosuchtag123'],
    expect: {
      stderr:
        'Error response from daemon: failed to resolve reference "docker.io/library/nginx:nosuchtag123": docker.io/library/nginx:nosuchtag123: not found\n',
      exitCode: 1,
    },
    source: `${MOBY} daemon/containerd/image_pull.go; containerd v2 remotes/docker/resolver.go`,
  },
  {
    id: 'untag',
    question: '이름표 하나만 떼려면?',
    lines: ['docker pull alpine', 'docker tag alpine my/alpine:1', 'docker rmi my/alpine:1'],
    expect: {stdout: 'Untagged: my/alpine:1\n', exitCode: 0},
    source: `${MOBY} daemon/containerd/image_delete.go`,
  },
  {
    id: 'rmi-in-use',
    question: '컨테이너가 쓰는 이미지를 지우면?',
    lines: ['docker run --name c1 alpine true', 'docker rmi alpine'],
    expect: {
      stderr:
        'Error response from daemon: conflict: unable to delete alpine:latest (must be forced) - container <ID12> is using its referenced image <ID12>\n',
      exitCode: 1,
    },
    source: `${MOBY} daemon/containerd/image_delete.go`,
  },
  {
    id: 'build-and-run',
    question: 'Dockerfile로 만든 이미지를 실행하려면?',
    lines: [
      'mkdir app',
      'printf \'FROM alpine\\nCMD ["echo", "built"]\\n\' > app/Dockerfile',
      'docker build -t app:1 app',
      'docker run --rm app:1',
    ],
    expect: {stdout: 'built\n', exitCode: 0},
    source: 'moby/buildkit dockerfile frontend (CMD exec form)',
  },
  {
    id: 'memory-limit-inspect',
    question: '--memory는 어디에 기록되나요?',
    lines: [
      'docker run -d --name m1 --memory 256m nginx',
      "docker inspect -f '{{.HostConfig.Memory}}' m1",
    ],
    expect: {stdout: '268435456\n', exitCode: 0},
    source: `${CLI} opts (RAMInBytes: 256m = 256 × 1024 × 1024)`,
  },
  {
    id: 'memory-limit-stats',
    question: 'docker stats에 한도가 보이나요?',
    lines: [
      'docker run -d --name m1 --memory 256m nginx',
      "docker stats --no-stream --format '{{.MemUsage}}' m1",
    ],
    expect: {stdout: '<ANY> / 256MiB\n', exitCode: 0},
    source: `${CLI} cli/command/container/formatter_stats.go MemUsage`,
  },
  {
    id: 'env-var',
    question: '환경 변수를 넘기려면?',
    lines: ["docker run --rm -e GREETING=hi alpine sh -c 'echo $GREETING'"],
    expect: {stdout: 'hi\n', exitCode: 0},
    source: `${CLI} cli/command/container/opts.go (-e)`,
  },
  {
    id: 'exit-code',
    question: '컨테이너의 종료 코드는 어떻게 보나요?',
    lines: ["docker run --rm alpine sh -c 'exit 3'", 'echo $?'],
    expect: {stdout: '3\n', exitCode: 0},
    source: `${CLI} cli/command/container/run.go (the CLI exits with the container's status)`,
  },
  {
    id: 'exec-not-found',
    question: '이미지에 없는 명령을 실행하면?',
    lines: ['docker run --rm alpine nope'],
    expect: {stderr: '<REST>exec: "nope": executable file not found in $PATH<REST>', exitCode: 127},
    source: `${MOBY} daemon/start.go (127 for a missing executable); runc libcontainer`,
  },
  {
    id: 'one-letter-name',
    question: '컨테이너 이름을 한 글자로 지어도 되나요?',
    lines: ['docker run -d --name w nginx'],
    expect: {
      stderr:
        '<REST>docker: Error response from daemon: Invalid container name (w), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed<REST>',
      exitCode: 125,
    },
    source: `${MOBY} daemon/names/names.go RestrictedNamePattern (^[a-zA-Z0-9][a-zA-Z0-9_.-]+$: two characters at least)`,
  },
  {
    id: 'info-format',
    question: 'docker info에서 값 몇 개만 보려면?',
    lines: ["docker info --format '{{.ServerVersion}} {{.Driver}}'"],
    expect: {stdout: '29.7.2 overlayfs\n', exitCode: 0},
    source: `${MOBY} api/types/system/info.go; daemon/containerd/service.go (the containerd store's driver is overlayfs)`,
  },
  {
    id: 'wait-exit',
    question: '컨테이너가 끝날 때까지 기다렸다가 종료 코드를 받으려면?',
    lines: ["docker run -d --name w7 alpine sh -c 'exit 7'", 'docker wait w7'],
    expect: {stdout: '7\n', exitCode: 0},
    source: `${CLI} cli/command/container/wait.go (one exit code per line)`,
  },
  {
    id: 'rename',
    question: '컨테이너 이름을 바꾸려면?',
    lines: [
      'docker run -d --name web nginx',
      'docker rename web site',
      "docker ps --format '{{.Names}}'",
    ],
    expect: {stdout: 'site\n', exitCode: 0},
    source: `${MOBY} daemon/rename.go`,
  },
  {
    id: 'pause',
    question: '잠깐 멈추면 상태가 어떻게 보이나요?',
    lines: [
      'docker run -d --name web nginx',
      'docker pause web',
      "docker ps --format '{{.Status}}'",
    ],
    expect: {stdout: 'Up <ANY> (Paused)\n', exitCode: 0},
    source: `${MOBY} container/state.go State.String`,
  },
  {
    id: 'rm-flag',
    question: '--rm을 주면 끝난 뒤 남지 않나요?',
    lines: ['docker run --rm --name tmp alpine true', 'docker ps -a --filter name=tmp -q'],
    expect: {stdout: '', exitCode: 0},
    source: `${CLI} cli/command/container/run.go (--rm: AutoRemove)`,
  },
  {
    id: 'restart-loop',
    question: '계속 죽는 컨테이너에 --restart always를 주면?',
    lines: [
      'docker run -d --name crash --restart always alpine false',
      'sleep 5',
      "docker ps --format '{{.Status}}'",
    ],
    expect: {stdout: 'Restarting (1) <ANY>\n', exitCode: 0},
    source: `${MOBY} container/state.go State.String (Restarting (%d) %s ago)`,
  },
  {
    id: 'compose-up-ps',
    question: 'compose.yaml 하나로 띄우고 상태를 보려면?',
    lines: [
      'mkdir proj && cd proj',
      "printf 'services:\\n  web:\\n    image: nginx\\n' > compose.yaml",
      'docker compose up -d',
      'docker compose ps --services',
    ],
    expect: {stdout: 'web\n', exitCode: 0},
    source: `${COMPOSE} cmd/compose/ps.go`,
  },
  {
    id: 'compose-version',
    question: 'Compose 버전은?',
    lines: ['docker compose version'],
    expect: {stdout: 'Docker Compose version v5.5.0\n', exitCode: 0},
    source: `${COMPOSE} cmd/compose/version.go`,
  },
  {
    id: 'server-version',
    question: 'Docker 엔진 버전만 보려면?',
    lines: ["docker version --format '{{.Server.Version}}'"],
    expect: {stdout: '29.7.2\n', exitCode: 0},
    source: `${CLI} cli/command/system/version.go`,
  },
  {
    id: 'network-defaults',
    question: '처음부터 있는 네트워크는?',
    lines: ["docker network ls --format '{{.Name}}'"],
    expect: {stdout: 'bridge\nhost\nnone\n', exitCode: 0},
    source: `${MOBY} daemon/daemon_unix.go (bridge, host and none are created at start)`,
  },
];
