/** The reader's host shell: bash-like builtins, redirection, simple pipes, and `docker`. */
import {
  advanceClock,
  chunksOf,
  COREUTILS,
  ERRNO_TEXT,
  fail,
  ok,
  type UtilResult,
} from './coreutils';
import {plainView} from './fsview';
import {runShellScript, type ShellHost} from './script';
import type {EngineState} from './state';
import {HOST_HOME, HOST_NAME, HOST_USER} from './state';
import {resolvePath} from './vfs';
import {curl} from './nettools';
import {netCtx} from './runtime';

/** What `clear` prints (xterm's clear sequence). The view clears the screen when stdout contains it. */
export const CLEAR_SCREEN = '\u001b[H\u001b[2J\u001b[3J';

export const HELP_TEXT = `도커 길잡이 플레이그라운드에서 쓸 수 있는 명령입니다.

셸 명령
  ls [-l] [-a] [경로]    파일 목록        cd [경로]       디렉터리 이동
  pwd                    현재 위치        mkdir [-p] 이름  디렉터리 만들기
  cat 파일               파일 내용        rm [-r] [-f] 경로 파일 지우기
  echo, printf           글자 출력 (> 와 >> 로 파일에 쓰기)
  touch 파일             빈 파일 만들기   curl http://localhost:포트  게시된 포트에 요청
  history                입력한 명령      clear           화면 지우기
  && || ; | grep | head | tail | wc -l   명령 잇기
  for … do … done, while, if [ … ], $((…)), $(…), 이름=값, cat > 파일 <<'EOF'   셸 문법
  여러 줄을 붙여 넣으면 한 줄씩 실행합니다. 명령이 덜 끝나면 > 에서 이어 입력합니다 (Ctrl+C 취소).

docker 명령 (Docker CLI 29.7 / Engine 29.7, containerd 이미지 스토어와 같은 출력)
  version, info, search, pull, push, login, logout, images, image ls|rm|inspect|tag|history|prune
  run (-d -it --rm --name -p -P -e -v --mount --network --restart --entrypoint -w -h)
  create, ps (-a -q -n -l --filter --format), start, stop, restart, kill, pause, unpause
  logs (--tail -t), exec (-it), rm (-f -v), rmi, inspect (-f), port, rename, cp, stats, top
  volume create|ls|rm|inspect|prune, network create|ls|rm|inspect|connect|disconnect|prune
  system df|prune, container prune, export, import, save -o, load -i, build -t, tag
  compose up|ps|logs|exec|run|stop|start|restart|down|config|ls|version (-f --profile)
                                          현재 디렉터리의 compose.yaml
  swarm init|join-token|leave, node ls, service create|ls|ps|scale|update|rollback|logs|rm,
  stack deploy -c|ls|services|ps|rm       노드 하나짜리 Swarm 모드

컨테이너 안 (docker run -it ubuntu bash, docker exec -it 이름 sh)
  ls, cat, echo, printf, hostname, ps, env, whoami, id, uname, pwd, cd, mkdir, touch, rm, exit

준비된 파일: ~/examples/ (이 강좌의 예제 프로젝트, 읽기 전용: 고치면 세션의 사본이 바뀝니다)
`;

export interface HostDeps {
  state: EngineState;
  now: () => number;
  /** `stdin`: what a pipe or redirection feeds the command ('' from the terminal). */
  docker: (argv: string[], stdin: string) => UtilResult;
}

export function hostPrompt(state: EngineState): string {
  const cwd =
    state.cwd === HOST_HOME
      ? '~'
      : state.cwd.startsWith(`${HOST_HOME}/`)
        ? `~${state.cwd.slice(HOST_HOME.length)}`
        : state.cwd;
  return `${HOST_USER}@${HOST_NAME}:${cwd}$ `;
}

function hostCurl(deps: HostDeps, args: string[]): UtilResult {
  return curl(netCtx(deps.state, null, deps.now()), args);
}

function runSimple(deps: HostDeps, words: readonly string[], stdin: string): UtilResult {
  const {state} = deps;
  const [name, ...args] = words;
  if (name === undefined) return ok();
  const util = {
    fs: plainView(state.host),
    cwd: state.cwd,
    home: HOST_HOME,
    user: HOST_USER,
    now: deps.now(),
  };
  switch (name) {
    case 'docker':
      return deps.docker(args, stdin);
    case 'cd': {
      const target = resolvePath(state.cwd, args[0] ?? HOST_HOME, HOST_HOME);
      if (args.length > 1) return fail('bash: cd: too many arguments');
      if (!util.fs.isDir(target))
        return fail(
          `bash: cd: ${args[0]}: ${util.fs.isFile(target) ? 'Not a directory' : 'No such file or directory'}`,
        );
      state.cwd = target;
      return ok();
    }
    case 'clear':
      return ok(CLEAR_SCREEN);
    case 'help':
      return ok(HELP_TEXT);
    case 'history':
      return ok(state.history.map((h, i) => `${String(i + 1).padStart(5)}  ${h}\n`).join(''));
    case 'curl':
      return hostCurl(deps, args);
    case 'whoami':
      return ok(`${HOST_USER}\n`);
    case 'hostname':
      return ok(`${HOST_NAME}\n`);
    case 'date':
      return ok(`${new Date(deps.now()).toUTCString().replace('GMT', 'UTC')}\n`);
    case 'exit':
    case 'logout':
      return ok();
    case 'time': {
      // bash's `time` keyword: the command's output, then the times on stderr. The playground runs
      // instantly, so every time is zero (README, known differences).
      const r = args.length ? runSimple(deps, args, stdin) : ok();
      const times = '\nreal\t0m0.000s\nuser\t0m0.000s\nsys\t0m0.000s\n';
      return {
        ...r,
        stderr: r.stderr + times,
        chunks: [...chunksOf(r), {stream: 'stderr', text: times}],
      };
    }
    case 'newgrp':
      // Starts a new login shell with the group: nothing to print.
      return ok();
    case 'sudo':
      return args.length ? runSimple(deps, args, stdin) : fail('usage: sudo command', 1);
    default: {
      const u = COREUTILS[name];
      if (u) return advanceClock(deps.state, name, args, u(util, args, stdin));
      return fail(`bash: ${name}: command not found`, 127);
    }
  }
}

/** `$$` of the reader's shell (any PID a login shell could have). */
export const HOST_SHELL_PID = 2417;

/** The host machine as the shell language sees it (`script.ts`). */
function hostShell(deps: HostDeps): ShellHost {
  const {state} = deps;
  const fs = (): ReturnType<typeof plainView> => plainView(state.host);
  const at = (path: string): string => resolvePath(state.cwd, path, HOST_HOME);
  state.vars ??= {};
  return {
    shell: 'bash',
    vars: state.vars,
    env: (name) =>
      name === 'HOME'
        ? HOST_HOME
        : name === 'PWD'
          ? state.cwd
          : name === 'USER'
            ? HOST_USER
            : undefined,
    pid: HOST_SHELL_PID,
    lastExit: state.lastExit,
    home: HOST_HOME,
    exec: (argv, stdin) => runSimple(deps, argv, stdin),
    read: (path) => {
      const content = fs().read(at(path));
      if (content === 'ENOENT' || content === 'EISDIR')
        return {ok: false, error: ERRNO_TEXT[content]};
      return {ok: true, content};
    },
    write: (path, content, append) => {
      const e = fs().write(at(path), content, append);
      return e ? ERRNO_TEXT[e] : null;
    },
    kind: (path) => (fs().isDir(at(path)) ? 'dir' : fs().isFile(at(path)) ? 'file' : null),
  };
}

/** Runs one complete input of the host shell (one line, or several with their here-documents). */
export function runHostLine(deps: HostDeps, line: string): UtilResult {
  return runShellScript(hostShell(deps), line);
}
