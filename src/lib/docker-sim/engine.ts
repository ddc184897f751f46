/** The engine object behind createEngine(): ties the host shell, the CLI and the daemon together. */
import {canonicalPath, parseDocker, type Output} from './cli';
import {HANDLERS} from './commands';
import {composeCommand} from './commands/compose';
import {SWARM_COMMANDS, swarmCommand} from './commands/swarm';
import {buildxCommand} from './commands/buildx';
import {builderCommand} from './commands/builder';
import type {AwaitingInput, Ctx, InputRequest} from './commands/common';
import {apiPorts, displayablePorts, imageColumn, statusText} from './commands/containers';
import {completeLine} from './complete';
import {createInitialState, fromSavedState, toSavedState, volumeUsers} from './daemon';
import {execDied} from './events';
import {humanSize} from './format';
import {hostPrompt, runHostLine} from './host-shell';
import {parseScript} from './script';
import type {Parsed} from './script-syntax';
import {chunksOf} from './coreutils';
import * as msg from './messages';
import {advanceRestarts, finish, runScript} from './runtime';
import type {ContainerState, EngineState} from './state';

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /**
   * The same output as stdout/stderr, interleaved in the order a terminal would show it
   * (e.g. `docker run`'s pull progress on stderr before the program's stdout).
   */
  chunks: {stream: 'stdout' | 'stderr'; text: string}[];
  /**
   * The input ended inside a command (open quote, here-document, trailing `\\`, `&&`, `|`, an
   * unfinished `for`/`while`/`if`): nothing of it ran yet, `prompt()` is `> ` and the next
   * `run()` continues it.
   */
  pending?: true;
  /**
   * The command waits for the reader's answer (`docker login`'s `Username: `/`Password: `, a
   * prune's `[y/N]`): `prompt()` is `awaiting.prompt` and the next `run()` line is the answer.
   */
  awaiting?: AwaitingInput;
}

export type {AwaitingInput};

export interface EngineOptions {
  seed?: number;
  now?: () => number;
  /** A value from `serialize()` to continue a saved session. */
  state?: string;
}

export interface ImageSnapshot {
  id: string;
  shortId: string;
  repo: string;
  tag: string;
  repoTags: string[];
  size: number;
  sizeText: string;
  created: number;
}

export interface ContainerSnapshot {
  id: string;
  shortId: string;
  name: string;
  image: string;
  imageId: string;
  state: ContainerState;
  status: string;
  exitCode: number;
  ports: {hostIp: string; hostPort: number; containerPort: number; proto: string}[];
  portsText: string;
  mounts: {
    type: 'volume' | 'bind';
    name: string;
    source: string;
    destination: string;
    rw: boolean;
  }[];
  networks: string[];
  created: number;
}

export interface VolumeSnapshot {
  name: string;
  driver: string;
  anonymous: boolean;
  usedBy: string[];
  created: number;
}

export interface NetworkSnapshot {
  id: string;
  shortId: string;
  name: string;
  driver: string;
  subnet: string;
  builtin: boolean;
  containers: string[];
}

export interface Snapshot {
  images: ImageSnapshot[];
  containers: ContainerSnapshot[];
  volumes: VolumeSnapshot[];
  networks: NetworkSnapshot[];
  /** Host working directory and the shell the next line goes to. */
  cwd: string;
  session: {containerId: string; containerName: string} | null;
}

export interface Engine {
  run(line: string): RunResult;
  /**
   * Ctrl+C: drops a command waiting for more lines (the `> ` prompt) or for an answer (it ends
   * as docker/cli's prompts end on SIGINT: nothing more printed, status 0); true if there was one.
   */
  cancel(): boolean;
  /** What the program asks for now, or null. */
  awaiting(): AwaitingInput | null;
  snapshot(): Snapshot;
  prompt(): string;
  complete(line: string, cursor?: number): string[];
  serialize(): string;
  restore(serialized: string): boolean;
  /** The raw state (read-only use: checks in scenarios and tests). */
  readonly state: EngineState;
}

const MAX_LINE = 20000;

export function isEngineState(v: unknown): v is EngineState {
  if (!v || typeof v !== 'object') return false;
  const s = v as Partial<EngineState>;
  return (
    s.version === 1 &&
    Array.isArray(s.images) &&
    Array.isArray(s.containers) &&
    Array.isArray(s.volumes) &&
    Array.isArray(s.networks) &&
    typeof s.cwd === 'string' &&
    !!s.host &&
    !!s.rng
  );
}

/** What `prompt()` shows while a command waits for more lines (bash's PS2). */
export const CONTINUATION_PROMPT = '> ';

/**
 * Whether a complete input is one plain command that reads the reader's terminal: not part of a
 * pipeline or list, no redirection, no `$(…)` (those run without a terminal to answer from).
 */
function readsTerminal(parsed: Parsed): boolean {
  if (parsed.kind !== 'complete' || parsed.list.length !== 1) return false;
  const item = parsed.list[0]!;
  if (item.rest.length > 0 || item.first.bang || item.first.commands.length !== 1) return false;
  const command = item.first.commands[0]!;
  return (
    command.kind === 'simple' &&
    command.redirects.length === 0 &&
    !command.words.some((word) => /\$\(|`/.test(word))
  );
}

/** The output of several commands run from one input, in order; the last one's status. */
function combine(results: RunResult[], pending: boolean, lastExit: number): RunResult {
  const chunks = results.flatMap((r) => r.chunks);
  return {
    stdout: results.map((r) => r.stdout).join(''),
    stderr: results.map((r) => r.stderr).join(''),
    exitCode: results.length > 0 ? results[results.length - 1]!.exitCode : lastExit,
    chunks,
    ...(pending ? {pending: true as const} : {}),
  };
}

function withChunks(r: Output): RunResult {
  return {
    stdout: r.stdout,
    stderr: r.stderr,
    exitCode: r.exitCode,
    chunks: chunksOf(r).map((c) => ({stream: c.stream, text: c.text})),
  };
}

export function createEngine(options: EngineOptions = {}): Engine {
  const clock = options.now ?? ((): number => Date.now());
  let state: EngineState = createInitialState(options.seed ?? 1, clock());
  if (options.state) {
    try {
      const parsed: unknown = JSON.parse(options.state);
      if (isEngineState(parsed)) state = fromSavedState(parsed);
    } catch {
      /* keep a fresh state */
    }
  }

  // The simulated time: the real clock plus what the reader's `sleep`s waited.
  const now = (): number => clock() + (state.sleptMs ?? 0);

  /** A program waiting for the reader's answer; a closure, so never part of `serialize()`. */
  let interaction: InputRequest | null = null;
  /** The command running now reads the terminal and may ask once (`Ctx.ask`). */
  let terminal = false;

  const ctx = (stdin = ''): Ctx => ({
    state,
    now,
    openSession: (containerId, shell, execOnly, execId) => {
      const c = state.containers.find((x) => x.id === containerId);
      state.session = {
        containerId,
        execOnly,
        cwd: c?.workingDir || '/',
        shell,
        ...(execId ? {execId} : {}),
      };
    },
    stdin,
    ...(terminal && {
      ask: (request: InputRequest): void => {
        interaction = request;
        terminal = false;
      },
    }),
  });

  const docker = (argv: string[], stdin = ''): Output => {
    if (argv[0] === 'compose') return composeCommand(ctx(), argv.slice(1));
    if (SWARM_COMMANDS.has(argv[0] ?? '')) return swarmCommand(ctx(), argv);
    if (argv[0] === 'buildx') return buildxCommand(state, argv.slice(1), docker);
    if (argv[0] === 'builder') {
      const pruned = builderCommand(ctx(stdin), argv.slice(1));
      if (pruned) return pruned;
    }
    const parsed = parseDocker(argv);
    if (parsed.kind === 'output') return parsed.output;
    const canon = canonicalPath(parsed.cmd.path);
    const handler = HANDLERS[canon] ?? HANDLERS[parsed.cmd.path];
    if (!handler) {
      return {
        stdout: '',
        stderr: `${msg.PLAYGROUND_NOTE_PREFIX}'docker ${parsed.cmd.path}'는 이 플레이그라운드에서 지원하지 않습니다. help 로 지원하는 명령을 확인합니다.\n`,
        exitCode: 1,
      };
    }
    return handler(ctx(stdin), parsed.cmd);
  };

  const inContainer = (line: string): RunResult => {
    const session = state.session;
    const c = session ? state.containers.find((x) => x.id === session.containerId) : undefined;
    if (!session || !c || (c.state !== 'running' && c.state !== 'paused')) {
      state.session = null;
      return runHost(line);
    }
    session.vars ??= {};
    const r = runScript(
      {
        state,
        c,
        now: now(),
        cwd: session.cwd,
        shell: session.shell === 'bash' ? 'bash' : 'sh',
        vars: session.vars,
        lastExit: state.lastExit,
        // An exec'd shell is the container's second process; `-it` makes it the first.
        pid: session.execOnly ? 7 : 1,
      },
      line,
    );
    session.cwd = r.cwd;
    if (r.exit !== undefined) {
      state.session = null;
      if (!session.execOnly) finish(state, c, now(), r.exit, true);
      else if (session.execId) execDied(state, c, session.execId, r.exit, now());
      return withChunks({stdout: `${r.stdout}exit\n`, stderr: r.stderr, exitCode: r.exit});
    }
    return withChunks({stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode});
  };

  const runHost = (line: string): RunResult => withChunks(runHostLine({state, now, docker}, line));

  /** Input typed so far of a command that is not complete yet (`> ` prompt), or null. */
  let pending: string | null = null;

  /** Runs one complete command (possibly several lines, e.g. with a here-document). */
  const runComplete = (source: string): RunResult => {
    if (source.trim() !== '') {
      state.history.push(source.length > 500 ? `${source.slice(0, 500)}…` : source);
      if (state.history.length > 500) state.history.shift();
    }
    advanceRestarts(state, now());
    terminal = !state.session && readsTerminal(parseScript(source));
    try {
      const r = state.session ? inContainer(source) : runHost(source);
      state.lastExit = r.exitCode;
      return r;
    } finally {
      terminal = false;
    }
  };

  /** Gives the waiting program its answer: not a shell line, so never in `history`. */
  const answer = (request: InputRequest, line: string): RunResult => {
    interaction = null;
    terminal = true;
    try {
      const r = withChunks(request.answer(line));
      state.lastExit = r.exitCode;
      return r;
    } finally {
      terminal = false;
    }
  };

  const engine: Engine = {
    get state() {
      return state;
    },
    run(input: string): RunResult {
      try {
        const text = typeof input === 'string' ? input.slice(0, MAX_LINE) : '';
        const lines = text.split(/\r?\n/);
        // A paste that ends with a newline runs every line; nothing is left on the input line.
        if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
        const results: RunResult[] = [];
        for (const line of lines) {
          if (interaction) {
            results.push(answer(interaction, line));
            continue;
          }
          const source = pending === null ? line : `${pending}\n${line}`;
          // A command that stays open past MAX_LINE runs (and fails with bash's EOF message).
          if (source.length < MAX_LINE && parseScript(source).kind === 'incomplete') {
            pending = source;
            continue;
          }
          pending = null;
          results.push(runComplete(source));
        }
        const waiting: AwaitingInput | null = interaction;
        return {
          ...combine(results, pending !== null, state.lastExit),
          ...(waiting && {awaiting: {kind: waiting.kind, prompt: waiting.prompt}}),
        };
      } catch (e) {
        pending = null;
        interaction = null;
        return withChunks({
          stdout: '',
          stderr: `플레이그라운드 내부 오류: ${e instanceof Error ? e.message : String(e)}\n`,
          exitCode: 1,
        });
      }
    },
    cancel(): boolean {
      const had = pending !== null || interaction !== null;
      // docker/cli internal/prompt: on SIGINT the prompt writes a newline and the CLI exits 0
      // without a message (ErrTerminated is a "cancelled" error, cmd/docker/docker.go main).
      if (interaction) state.lastExit = 0;
      pending = null;
      interaction = null;
      return had;
    },
    awaiting(): AwaitingInput | null {
      return interaction && {kind: interaction.kind, prompt: interaction.prompt};
    },
    prompt(): string {
      if (interaction) return interaction.prompt;
      if (pending !== null) return CONTINUATION_PROMPT;
      const s = state.session;
      const c = s ? state.containers.find((x) => x.id === s.containerId) : undefined;
      if (s && c) return `root@${c.hostname}:${s.cwd === '/root' ? '~' : s.cwd}# `;
      return hostPrompt(state);
    },
    snapshot(): Snapshot {
      const t = now();
      const nameOf = (id: string): string =>
        state.containers.find((c) => c.id === id)?.name ?? id.slice(0, 12);
      return {
        images: [...state.images]
          .sort((a, b) => b.created - a.created)
          .map((i) => {
            const first = i.repoTags[0] ?? '<none>:<none>';
            const cut = first.lastIndexOf(':');
            return {
              id: i.id,
              shortId: i.id.slice(7, 19),
              repo: first.slice(0, cut),
              tag: first.slice(cut + 1),
              repoTags: [...i.repoTags],
              size: i.size,
              sizeText: humanSize(i.size),
              created: i.created,
            };
          }),
        containers: [...state.containers]
          .sort((a, b) => b.created - a.created)
          .map((c) => ({
            id: c.id,
            shortId: c.id.slice(0, 12),
            name: c.name,
            image: imageColumn(state, c),
            imageId: c.imageId,
            state: c.state,
            status: statusText(c, t),
            exitCode: c.exitCode,
            ports:
              c.state === 'running' || c.state === 'paused'
                ? c.ports.map((p) => ({
                    hostIp: p.hostIp || '0.0.0.0',
                    hostPort: p.hostPort,
                    containerPort: p.containerPort,
                    proto: p.proto,
                  }))
                : [],
            portsText: displayablePorts(apiPorts(c)),
            // tmpfs mounts are memory, not volumes or host folders: the host view leaves them out.
            mounts: c.mounts.flatMap((m) =>
              m.type === 'tmpfs'
                ? []
                : [
                    {
                      type: m.type,
                      name: m.name,
                      source: m.source,
                      destination: m.destination,
                      rw: m.rw,
                    },
                  ],
            ),
            networks: Object.keys(c.networks),
            created: c.created,
          })),
        volumes: state.volumes.map((v) => ({
          name: v.name,
          driver: v.driver,
          anonymous: v.anonymous,
          usedBy: volumeUsers(state, v.name).map((c) => c.name),
          created: v.created,
        })),
        networks: state.networks.map((n) => ({
          id: n.id,
          shortId: n.id.slice(0, 12),
          name: n.name,
          driver: n.driver,
          subnet: n.subnet,
          builtin: n.builtin,
          containers: state.containers.filter((c) => c.networks[n.name]).map((c) => nameOf(c.id)),
        })),
        cwd: state.cwd,
        session: state.session
          ? {
              containerId: state.session.containerId,
              containerName: nameOf(state.session.containerId),
            }
          : null,
      };
    },
    complete(line: string, cursor?: number): string[] {
      try {
        return completeLine(state, line, cursor);
      } catch {
        return [];
      }
    },
    serialize(): string {
      return JSON.stringify(toSavedState(state));
    },
    restore(serialized: string): boolean {
      try {
        const parsed: unknown = JSON.parse(serialized);
        if (!isEngineState(parsed)) return false;
        state = fromSavedState(parsed);
        pending = null;
        interaction = null;
        return true;
      } catch {
        return false;
      }
    },
  };
  return engine;
}
