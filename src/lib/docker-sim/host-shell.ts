/** The reader's host shell: bash-like builtins, redirection, simple pipes, and `docker`. */
import {chunksOf, COREUTILS, fail, ok, type Chunk, type UtilResult} from './coreutils';
import {plainView} from './fsview';
import {parseLine, type SimpleCommand} from './shell';
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

docker 명령 (Docker CLI 28.2 / Engine 28과 같은 출력)
  version, info, search, pull, push, login, logout, images, image ls|rm|inspect|tag|history|prune
  run (-d -it --rm --name -p -P -e -v --mount --network --restart --entrypoint -w -h)
  create, ps (-a -q -n -l --filter --format), start, stop, restart, kill, pause, unpause
  logs (--tail -t), exec (-it), rm (-f -v), rmi, inspect (-f), port, rename, cp, stats, top
  volume create|ls|rm|inspect|prune, network create|ls|rm|inspect|connect|disconnect|prune
  system df|prune, container prune, export, import, save -o, load -i, build -t, tag
  compose up|ps|logs|exec|run|stop|start|restart|down|config|ls|version (-f --profile)
                                          현재 디렉터리의 compose.yaml
  swarm init|leave, node ls, service create|ls|ps|scale|update|rollback|logs|rm,
  stack deploy -c|ls|services|ps|rm       노드 하나짜리 Swarm 모드

컨테이너 안 (docker run -it ubuntu bash, docker exec -it 이름 sh)
  ls, cat, echo, printf, hostname, ps, env, whoami, id, uname, pwd, cd, mkdir, touch, rm, exit

준비된 파일: ~/examples/ (이 강좌의 예제 프로젝트, 읽기 전용: 고치면 세션의 사본이 바뀝니다)
`;

export interface HostDeps {
  state: EngineState;
  now: () => number;
  docker: (argv: string[]) => UtilResult;
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

function runSimple(deps: HostDeps, cmd: SimpleCommand, stdin: string): UtilResult {
  const {state} = deps;
  const [name, ...args] = cmd.words;
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
      return deps.docker(args);
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
      const r = args.length ? runSimple(deps, {...cmd, words: args}, stdin) : ok();
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
      return args.length
        ? runSimple(deps, {...cmd, words: args}, stdin)
        : fail('usage: sudo command', 1);
    default: {
      const u = COREUTILS[name];
      if (u) return u(util, args, stdin);
      return fail(`bash: ${name}: command not found`, 127);
    }
  }
}

/** Stands for `$?` in parsed words until the command runs. */
const LAST_STATUS = '\u0000?\u0000';

function withStatus(cmd: SimpleCommand, status: string): SimpleCommand {
  const put = (w: string): string => w.split(LAST_STATUS).join(status);
  return {
    ...cmd,
    words: cmd.words.map(put),
    redirects: cmd.redirects.map((r) => ('target' in r ? {...r, target: put(r.target)} : r)),
  };
}

/** Runs one host command line. `depth` limits nested `$(...)`. */
export function runHostLine(deps: HostDeps, line: string, depth = 0): UtilResult {
  const {state} = deps;
  let substErr = '';
  const subst = (cmd: string): string => {
    if (depth >= 3) return '';
    const r = runHostLine(deps, cmd, depth + 1);
    substErr += r.stderr;
    return r.stdout;
  };
  // `$?` is expanded when its command runs (after `a || echo $?` ran `a`), not when the line is read.
  const parsed = parseLine(
    line,
    (n) =>
      n === '?'
        ? LAST_STATUS
        : n === 'HOME'
          ? HOST_HOME
          : n === 'PWD'
            ? state.cwd
            : n === 'USER'
              ? HOST_USER
              : '',
    subst,
  );
  if (!parsed.ok) return fail(parsed.error, 2);
  let stdout = '';
  let stderr = substErr;
  const chunks: Chunk[] = substErr ? [{stream: 'stderr', text: substErr}] : [];
  let code = state.lastExit;
  for (const item of parsed.items) {
    if (item.join === '&&' && code !== 0) continue;
    if (item.join === '||' && code === 0) continue;
    const status = String(code);
    let input = '';
    for (let i = 0; i < item.pipeline.length; i++) {
      const cmd = withStatus(item.pipeline[i], status);
      let r = runSimple(deps, cmd, input);
      let out = r.stdout;
      let err = r.stderr;
      for (const red of cmd.redirects) {
        if (red.op === '2>&1') {
          out += err;
          err = '';
          continue;
        }
        if (red.op === '>&2') {
          err += out;
          out = '';
          continue;
        }
        if (red.op === '<') {
          const content = plainView(state.host).read(resolvePath(state.cwd, red.target, HOST_HOME));
          if (content === 'ENOENT' || content === 'EISDIR') {
            r = fail(
              `bash: ${red.target}: ${content === 'ENOENT' ? 'No such file or directory' : 'Is a directory'}`,
            );
            out = '';
            err = r.stderr;
          } else if (i === 0 && cmd.words.length) {
            r = runSimple(deps, cmd, content);
            out = r.stdout;
            err = r.stderr;
          }
          continue;
        }
        if (!('target' in red)) continue;
        const target = resolvePath(state.cwd, red.target, HOST_HOME);
        const content =
          red.op === '2>' || red.op === '2>>' ? err : red.op === '&>' ? out + err : out;
        const e = plainView(state.host).write(target, content, red.op === '>>' || red.op === '2>>');
        if (e) {
          err = `bash: ${red.target}: ${e === 'EISDIR' ? 'Is a directory' : e === 'ENOTDIR' ? 'Not a directory' : 'No such file or directory'}\n`;
          r = {...r, exitCode: 1};
          out = '';
          continue;
        }
        if (red.op === '2>' || red.op === '2>>') err = '';
        else if (red.op === '&>') {
          out = '';
          err = '';
        } else out = '';
      }
      stderr += err;
      code = r.exitCode;
      const last = i === item.pipeline.length - 1;
      if (last) stdout += out;
      else input = out;
      if (out === r.stdout && err === r.stderr && last) chunks.push(...chunksOf(r));
      else chunks.push(...chunksOf({stdout: last ? out : '', stderr: err, exitCode: 0}));
    }
  }
  return {stdout, stderr, exitCode: code, chunks};
}
