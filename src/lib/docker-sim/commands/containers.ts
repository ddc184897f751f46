/** docker run/create/start/stop/restart/kill/pause/unpause/rm/ps/logs/exec/port/rename/cp/stats/prune/export/top. */
import {healthSuffix} from '../apps';
import {flagBool, flagInt, flagList, flagString, type Output, type ParsedCommand} from '../cli';
import {findContainer, findImage, isError, pullImage} from '../daemon';
import {containerEvent, execDied, execStarted, signalNumber} from '../events';
import {
  ellipsis,
  goQuote,
  goTimeString,
  humanDuration,
  humanSize,
  bytesSize,
  ramInBytes,
  rfc3339Nano,
  truncateId,
} from '../format';
import * as msg from '../messages';
import {containerPlatform, DEFAULT_PLATFORM_ENV, platformMismatchWarning} from '../platform';
import {familiarTagged, parseNormalizedNamed} from '../reference';
import {
  createContainer,
  imageBinaries,
  mainArgv,
  removeContainerRecord,
  runInContainer,
  startContainer,
  stopContainer,
  finish,
  promptProgram,
  redisCli,
  SHELLS,
  type CreateSpec,
  type PromptProgram,
  type MountSpec,
} from '../runtime';
import type {ContainerRecord, EngineState, LogLine, PortBinding} from '../state';
import {HOST_HOME} from '../state';
import {copyTree, dirname, isDir, exists, resolvePath, basename} from '../vfs';
import {locate} from '../fsview';
import {copySummaryLine} from '../copy-sizes';
import {normalizeCapabilities} from '../capabilities';
import {parseSecurityOpts, parseTmpfsFlag} from '../security';
import {outErr, outOk, parseFilters, Printer, type Ctx, type Handler} from './common';
import {renderRows, type FormatSpec, type Row} from './templates';

/* ------------------------------------------------------------------ run / create */

function parsePort(spec: string): PortBinding | string {
  const [addrPart, protoPart] = spec.split('/');
  const proto = protoPart === undefined ? 'tcp' : protoPart;
  if (proto !== 'tcp' && proto !== 'udp' && proto !== 'sctp') return `invalid proto: ${proto}`;
  const parts = addrPart.split(':');
  let ip = '';
  let host = '';
  let container = '';
  if (parts.length === 1) container = parts[0];
  else if (parts.length === 2) [host, container] = parts;
  else {
    container = parts[parts.length - 1];
    host = parts[parts.length - 2];
    ip = parts.slice(0, -2).join(':');
  }
  const valid = (p: string): boolean => /^\d+$/.test(p) && Number(p) > 0 && Number(p) <= 65535;
  if (!valid(container)) return `invalid containerPort: ${container}`;
  if (host !== '' && !valid(host)) return `invalid hostPort: ${host}`;
  return {
    containerPort: Number(container),
    proto: proto === 'udp' ? 'udp' : 'tcp',
    hostIp: ip === '0.0.0.0' ? '' : ip,
    hostPort: host === '' ? 0 : Number(host),
  };
}

function parseVolume(ctx: Ctx, spec: string): MountSpec | string {
  const parts = spec.split(':');
  if (parts.length === 1)
    return {type: 'volume', source: '', destination: parts[0], readOnly: false};
  if (parts.length > 3) return `invalid spec: ${spec}: too many colons`;
  const [src, dst, mode] = parts;
  if (!dst.startsWith('/'))
    return `invalid volume specification: '${spec}': invalid mount config for type "volume": invalid mount path: '${dst}' mount path must be absolute`;
  const ro = mode === 'ro';
  if (src.startsWith('/') || src.startsWith('.') || src.startsWith('~')) {
    return {
      type: 'bind',
      source: resolvePath(ctx.state.cwd, src, HOST_HOME),
      destination: dst,
      readOnly: ro,
    };
  }
  return {type: 'volume', source: src, destination: dst, readOnly: ro};
}

function parseMount(ctx: Ctx, spec: string): MountSpec | string {
  const kv = new Map<string, string>();
  for (const part of spec.split(',')) {
    const [k, v] = part.split('=');
    kv.set(k.toLowerCase(), v ?? 'true');
  }
  const type = kv.get('type') ?? 'volume';
  const src = kv.get('source') ?? kv.get('src') ?? '';
  const dst = kv.get('target') ?? kv.get('destination') ?? kv.get('dst') ?? '';
  if (!dst) return 'invalid argument "' + spec + '" for "--mount" flag: target is required';
  const ro = kv.has('readonly') || kv.has('ro');
  if (type === 'bind')
    return {
      type: 'bind',
      source: resolvePath(ctx.state.cwd, src, HOST_HOME),
      destination: dst,
      readOnly: ro,
    };
  if (type === 'tmpfs') {
    // docker/cli opts/mount.go: tmpfs-size takes a go-units RAMInBytes value.
    const size = kv.get('tmpfs-size');
    const bytes = size === undefined ? 0 : ramInBytes(size);
    if (typeof bytes !== 'number')
      return `invalid argument "${spec}" for "--mount" flag: invalid value for tmpfs-size: ${size}`;
    return {type: 'tmpfs', source: '', destination: dst, readOnly: ro, tmpfsSize: bytes};
  }
  if (type !== 'volume')
    return `invalid argument "${spec}" for "--mount" flag: type '${type}' is not supported`;
  return {type: 'volume', source: src, destination: dst, readOnly: ro};
}

function parseRestart(v: string | undefined): CreateSpec['restart'] | string {
  if (v === undefined || v === '' || v === 'no') return {name: 'no', maximumRetryCount: 0};
  const [name, count] = v.split(':');
  if (name === 'always' || name === 'unless-stopped') {
    if (count !== undefined)
      return `invalid restart policy: maximum retry count can only be used with 'on-failure'`;
    return {name, maximumRetryCount: 0};
  }
  if (name === 'on-failure') return {name, maximumRetryCount: count ? parseInt(count, 10) || 0 : 0};
  return `invalid restart policy: unknown policy '${name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`;
}

/** toStatusError in docker/cli run.go: 127 for missing executables, 126 for permission, else 125. */
function statusFor(message: string): number {
  if (
    message.includes('executable file not found') ||
    message.includes('no such file or directory')
  )
    return 127;
  if (message.includes('permission denied') || message.includes('is a directory')) return 126;
  return 125;
}

/** A `bytes` flag's value (already checked by the flag parser), 0 when absent. */
function bytesFlag(cmd: ParsedCommand, name: string): number {
  const v = flagString(cmd, name);
  const n = v === undefined ? 0 : ramInBytes(v);
  return typeof n === 'number' ? n : 0;
}

type Prepared = {spec: CreateSpec; detach: boolean; p: Printer} | {out: Output};

function prepare(ctx: Ctx, cmd: ParsedCommand, command: 'run' | 'create'): Prepared {
  const help = (m: string, code = 125): Prepared => ({
    out: outErr(msg.withRunHelp(m, command), code),
  });
  const ports: PortBinding[] = [];
  for (const p of flagList(cmd, 'publish')) {
    const r = parsePort(p);
    if (typeof r === 'string') return help(r);
    ports.push(r);
  }
  const autoRemove = flagBool(cmd, 'rm');
  const restartFlag = flagString(cmd, 'restart');
  if (autoRemove && restartFlag !== undefined && restartFlag !== 'no' && restartFlag !== '') {
    return help('conflicting options: cannot specify both --restart and --rm');
  }
  const mounts: MountSpec[] = [];
  for (const v of flagList(cmd, 'volume')) {
    const r = parseVolume(ctx, v);
    if (typeof r === 'string') return help(r);
    mounts.push(r);
  }
  for (const v of flagList(cmd, 'mount')) {
    const r = parseMount(ctx, v);
    if (typeof r === 'string') return help(r);
    mounts.push(r);
  }
  const tmpfs: Record<string, string> = {};
  for (const t of flagList(cmd, 'tmpfs')) {
    const {destination, readOnly, options} = parseTmpfsFlag(t);
    tmpfs[destination] = options;
    mounts.push({type: 'tmpfs', source: '', destination, readOnly});
  }
  const securityOpt = parseSecurityOpts(flagList(cmd, 'security-opt'), (path) => {
    const content = ctx.state.host.files[resolvePath(ctx.state.cwd, path, HOST_HOME)];
    return content === undefined ? null : content;
  });
  if (typeof securityOpt === 'string') return help(securityOpt);
  const [imageInput, ...rest] = cmd.args;
  const ref = parseNormalizedNamed(imageInput);
  if (typeof ref === 'string' && !findImage(ctx.state, imageInput)) {
    return command === 'run' ? help(ref) : {out: outErr(ref, 1)};
  }
  const p = new Printer();
  let image = findImage(ctx.state, imageInput);
  if (!image && typeof ref !== 'string') {
    const tagged = familiarTagged(ref);
    p.err(msg.unableToFindImage(tagged));
    const pulled = pullImage(ctx.state, imageInput, ctx.now());
    if (isError(pulled)) {
      const m = msg.fromDaemon(pulled.message);
      return {
        out: {
          stdout: '',
          stderr: p.stderr + (command === 'run' ? msg.withRunHelp(m) : m) + '\n',
          exitCode: command === 'run' ? 125 : 1,
        },
      };
    }
    for (const l of pulled.lines) p.err(l);
    image = pulled.image;
  }
  if (!image) return help(msg.noSuchImage(imageInput));
  const restart = parseRestart(restartFlag);
  if (typeof restart === 'string') {
    const m = msg.fromDaemon(restart);
    return {
      out: {
        stdout: '',
        stderr: p.stderr + (command === 'run' ? msg.withRunHelp(m) : m) + '\n',
        exitCode: command === 'run' ? 125 : 1,
      },
    };
  }
  const entry = flagString(cmd, 'entrypoint');
  const labels: Record<string, string> = {};
  for (const l of flagList(cmd, 'label')) {
    const [k, ...v] = l.split('=');
    labels[k] = v.join('=');
  }
  const spec: CreateSpec = {
    name: flagString(cmd, 'name') ?? null,
    image,
    imageInput,
    cmd: rest.length > 0 ? rest : null,
    entrypoint: entry === undefined ? null : entry === '' ? [] : [entry],
    env: flagList(cmd, 'env').filter((e) => e.includes('=')),
    ports,
    publishAll: flagBool(cmd, 'publish-all'),
    mounts,
    network: flagString(cmd, 'network') ?? 'bridge',
    restart,
    autoRemove,
    tty: flagBool(cmd, 'tty'),
    interactive: flagBool(cmd, 'interactive'),
    workdir: flagString(cmd, 'workdir') ?? null,
    labels,
    hostname: flagString(cmd, 'hostname') ?? null,
    extraHosts: flagList(cmd, 'add-host'),
    aliases: flagList(cmd, 'network-alias'),
    memory: bytesFlag(cmd, 'memory'),
    memorySwap: flagString(cmd, 'memory-swap') === '-1' ? -1 : bytesFlag(cmd, 'memory-swap'),
    pidMode: flagString(cmd, 'pid') ?? '',
    nanoCpus: Math.round(Number(flagString(cmd, 'cpus') ?? '0') * 1e9) || 0,
    pidsLimit: flagInt(cmd, 'pids-limit', 0) || 0,
    capAdd: normalizeCapabilities(flagList(cmd, 'cap-add')),
    capDrop: normalizeCapabilities(flagList(cmd, 'cap-drop')),
    privileged: flagBool(cmd, 'privileged'),
    readonlyRootfs: flagBool(cmd, 'read-only'),
    // docker/cli run/create: hostConfig.Init = &copts.init only if flags.Changed("init")
    ...('init' in cmd.flags && {init: flagBool(cmd, 'init')}),
    securityOpt,
    tmpfs,
    user: flagString(cmd, 'user') ?? null,
    platform: containerPlatform(requestedPlatform(ctx.state, cmd), image.platforms),
  };
  if (entry === '' && spec.cmd === null) spec.cmd = image.config.cmd;
  return {spec, detach: flagBool(cmd, 'detach'), p};
}

/** The daemon's create warning (daemon_unix.go), which the CLI prints as "WARNING: …". */
function createWarnings(
  p: Printer,
  spec: CreateSpec,
  c: ContainerRecord,
  requested: boolean,
): void {
  // daemon/create.go checks the image's platform only when no platform was requested.
  const mismatch = requested ? null : platformMismatchWarning(spec.image.platforms);
  if (mismatch) p.err(`WARNING: ${mismatch}\n`);
  if (c.networkMode === 'host' && spec.ports.length > 0)
    p.err('WARNING: Published ports are discarded when using host network mode\n');
}

/** `--platform`, whose default docker/cli takes from DOCKER_DEFAULT_PLATFORM (run.go, create.go). */
function requestedPlatform(state: EngineState, cmd: ParsedCommand): string | undefined {
  return flagString(cmd, 'platform') || state.vars?.[DEFAULT_PLATFORM_ENV] || undefined;
}

function printOutput(p: Printer, lines: readonly LogLine[], tty: boolean): void {
  for (const l of lines) {
    if (l.stream === 'stdout' || tty) p.out(`${l.text}\n`);
    else p.err(`${l.text}\n`);
  }
}

export const runCmd: Handler = (ctx, cmd) => {
  const prep = prepare(ctx, cmd, 'run');
  if ('out' in prep) return prep.out;
  const {spec, detach, p} = prep;
  const c = createContainer(ctx.state, ctx.now(), spec);
  if (isError(c))
    return p
      .err(msg.withRunHelp(msg.fromDaemon(c.message)))
      .code(125)
      .done();
  createWarnings(p, spec, c, requestedPlatform(ctx.state, cmd) !== undefined);
  const started = startContainer(ctx.state, c, ctx.now(), !detach);
  if (isError(started)) {
    if (c.autoRemove) removeContainerRecord(ctx.state, c, true, ctx.now());
    return p
      .err(msg.withRunHelp(msg.fromDaemon(started.message)))
      .code(statusFor(started.message))
      .done();
  }
  if (detach) return p.line(c.id).done();
  if (started.kind === 'session') {
    ctx.openSession(c.id, started.shell, false);
    return p.done();
  }
  printOutput(p, started.output, c.tty);
  if (started.kind === 'exited') return p.code(started.code).done();
  p.err(
    `${msg.PLAYGROUND_NOTE_PREFIX}실제 터미널이라면 이 컨테이너의 로그를 계속 보여 주며 Ctrl+C를 누를 때까지 돌아오지 않습니다. 여기서는 컨테이너를 실행 중으로 두고 프롬프트로 돌아옵니다. 보통은 -d 옵션으로 백그라운드에서 실행합니다.`,
  );
  return p.done();
};

export const createCmd: Handler = (ctx, cmd) => {
  const prep = prepare(ctx, cmd, 'create');
  if ('out' in prep) return prep.out;
  const c = createContainer(ctx.state, ctx.now(), prep.spec);
  if (isError(c)) return prep.p.err(msg.fromDaemon(c.message)).code(1).done();
  createWarnings(prep.p, prep.spec, c, requestedPlatform(ctx.state, cmd) !== undefined);
  return prep.p.line(c.id).done();
};

/* ------------------------------------------------------------ simple lifecycle */

/**
 * Runs `fn` on each container the command names, printing the name of each that succeeded;
 * returns the daemon errors for the caller to print (one per line, or joined as `update` does).
 */
export function forEachContainer(
  ctx: Ctx,
  cmd: ParsedCommand,
  fn: (c: ContainerRecord, ref: string) => string | null,
): {printer: Printer; errors: string[]} {
  const p = new Printer();
  const errors: string[] = [];
  for (const ref of cmd.args) {
    const c = findContainer(ctx.state, ref);
    if (isError(c)) {
      errors.push(msg.fromDaemon(c.message));
      continue;
    }
    const e = fn(c, ref);
    if (e !== null) errors.push(msg.fromDaemon(e));
    else p.line(ref);
  }
  return {printer: p, errors};
}

function eachContainer(
  ctx: Ctx,
  cmd: ParsedCommand,
  fn: (c: ContainerRecord, ref: string) => string | null,
): Output {
  const {printer: p, errors} = forEachContainer(ctx, cmd, fn);
  for (const e of errors) p.err(e);
  return p.code(errors.length > 0 ? 1 : 0).done();
}

export const startCmd: Handler = (ctx, cmd) => {
  const p = new Printer();
  const failed: string[] = [];
  const attach = flagBool(cmd, 'attach') || flagBool(cmd, 'interactive');
  for (const ref of cmd.args) {
    const c = findContainer(ctx.state, ref);
    if (isError(c)) {
      p.err(msg.fromDaemon(c.message));
      failed.push(ref);
      continue;
    }
    const r = startContainer(ctx.state, c, ctx.now(), attach);
    if (isError(r)) {
      p.err(msg.fromDaemon(r.message));
      failed.push(ref);
      continue;
    }
    if (attach && cmd.args.length === 1) {
      if (r.kind === 'session') ctx.openSession(c.id, r.shell, false);
      else printOutput(p, r.output, c.tty);
      if (r.kind === 'exited') p.code(r.code);
    } else p.line(ref);
  }
  if (failed.length > 0) p.err(msg.failedToStart(failed)).code(1);
  return p.done();
};

export const stopCmd: Handler = (ctx, cmd) =>
  eachContainer(ctx, cmd, (c) => {
    stopContainer(ctx.state, c, ctx.now());
    return null;
  });

export const restartCmd: Handler = (ctx, cmd) =>
  eachContainer(ctx, cmd, (c) => {
    if (c.state === 'paused') c.state = 'running';
    stopContainer(ctx.state, c, ctx.now());
    if (!ctx.state.containers.includes(c)) return null;
    c.state = c.state === 'restarting' ? 'exited' : c.state;
    const r = startContainer(ctx.state, c, ctx.now(), false);
    if (isError(r)) return `Cannot restart container ${c.name}: ${r.message}`;
    containerEvent(ctx.state, c, 'restart', ctx.now()); // daemon/restart.go
    return null;
  });

export const killCmd: Handler = (ctx, cmd) =>
  eachContainer(ctx, cmd, (c) => {
    if (c.state !== 'running' && c.state !== 'paused' && c.state !== 'restarting')
      return msg.notRunning(c.id);
    // daemon/kill.go: `kill` with the signal's number (SIGKILL by default), then the exit.
    containerEvent(ctx.state, c, 'kill', ctx.now(), {
      signal: String(signalNumber(flagString(cmd, 'signal') ?? 'KILL')),
    });
    finish(ctx.state, c, ctx.now(), 137, true);
    return null;
  });

/**
 * `docker wait`: the exit code of each stopped container (docker/cli v29.7.2
 * cli/command/container/wait.go prints one per line; errors go to stderr and the exit code is 1).
 * A container still running would block until it stops: the playground returns with a note.
 */
export const waitCmd: Handler = (ctx, cmd) => {
  const p = new Printer();
  for (const ref of cmd.args) {
    const c = findContainer(ctx.state, ref);
    if (isError(c)) {
      p.err(msg.fromDaemon(c.message)).code(1);
      continue;
    }
    if (c.state === 'exited' || c.state === 'dead') p.line(String(c.exitCode));
    else
      p.err(
        `${msg.PLAYGROUND_NOTE_PREFIX}${ref}은(는) 아직 실행 중이라 진짜 docker wait은 멈출 때까지 기다립니다. 여기서는 기다리지 않고 돌아옵니다. docker stop ${ref} 뒤에 다시 해 보세요.`,
      );
  }
  return p.done();
};

export const pauseCmd: Handler = (ctx, cmd) =>
  eachContainer(ctx, cmd, (c) => {
    if (c.state === 'paused') return msg.alreadyPaused(c.id);
    if (c.state !== 'running') return msg.notRunning(c.id);
    c.state = 'paused';
    containerEvent(ctx.state, c, 'pause', ctx.now());
    return null;
  });

export const unpauseCmd: Handler = (ctx, cmd) =>
  eachContainer(ctx, cmd, (c) => {
    if (c.state !== 'paused') return msg.notPaused(c.id);
    c.state = 'running';
    containerEvent(ctx.state, c, 'unpause', ctx.now());
    return null;
  });

export const rmCmd: Handler = (ctx, cmd) => {
  const p = new Printer();
  const errors: string[] = [];
  const force = flagBool(cmd, 'force');
  for (const ref of cmd.args) {
    const c = findContainer(ctx.state, ref);
    if (isError(c)) {
      // docker/cli v29.7.2 cli/command/container/rm.go runRm: with --force a missing container
      // is skipped silently (29.7.0+).
      if (!(force && c.kind === 'notfound')) errors.push(msg.fromDaemon(c.message));
      continue;
    }
    const live = c.state === 'running' || c.state === 'paused' || c.state === 'restarting';
    if (live && !force) {
      errors.push(
        msg.fromDaemon(
          c.state === 'paused' ? msg.removePaused(ref) : msg.removeRunning(ref, c.state),
        ),
      );
      continue;
    }
    if (live) {
      // rm --force kills the process (daemon/delete.go → Kill: SIGKILL).
      containerEvent(ctx.state, c, 'kill', ctx.now(), {signal: '9'});
      finish(ctx.state, c, ctx.now(), 137, true);
    }
    if (ctx.state.containers.includes(c))
      removeContainerRecord(ctx.state, c, flagBool(cmd, 'volumes'), ctx.now());
    p.line(ref);
  }
  for (const e of errors) p.err(e);
  return p.code(errors.length ? 1 : 0).done();
};

/* --------------------------------------------------------------------- ps */

export function statusText(c: ContainerRecord, now: number): string {
  switch (c.state) {
    case 'created':
      return 'Created';
    case 'running':
      return `Up ${humanDuration(now - c.startedAt)}${healthSuffix(c, now)}`;
    case 'paused':
      return `Up ${humanDuration(now - c.startedAt)} (Paused)`;
    case 'restarting':
      return `Restarting (${c.exitCode}) ${humanDuration(now - c.finishedAt)} ago`;
    case 'dead':
      return 'Dead';
    default:
      return c.startedAt === 0
        ? 'Created'
        : `Exited (${c.exitCode}) ${humanDuration(now - c.finishedAt)} ago`;
  }
}

interface ApiPort {
  ip: string;
  privatePort: number;
  publicPort: number;
  type: string;
}

export function apiPorts(c: ContainerRecord): ApiPort[] {
  if (c.state !== 'running' && c.state !== 'paused') return [];
  const out: ApiPort[] = [];
  for (const p of c.ports) {
    if (p.hostIp === '') {
      out.push({
        ip: '0.0.0.0',
        privatePort: p.containerPort,
        publicPort: p.hostPort,
        type: p.proto,
      });
      out.push({ip: '::', privatePort: p.containerPort, publicPort: p.hostPort, type: p.proto});
    } else
      out.push({ip: p.hostIp, privatePort: p.containerPort, publicPort: p.hostPort, type: p.proto});
  }
  for (const e of c.exposedPorts) {
    const [port, proto] = e.split('/');
    if (!c.ports.some((p) => p.containerPort === Number(port) && p.proto === proto))
      out.push({ip: '', privatePort: Number(port), publicPort: 0, type: proto});
  }
  return out;
}

/** formatter.DisplayablePorts (docker/cli cli/command/formatter/container.go). */
export function displayablePorts(ports: ApiPort[]): string {
  const sorted = [...ports].sort((a, b) =>
    a.privatePort !== b.privatePort
      ? a.privatePort - b.privatePort
      : a.publicPort !== b.publicPort
        ? a.publicPort - b.publicPort
        : a.type !== b.type
          ? a.type < b.type
            ? -1
            : 1
          : a.ip < b.ip
            ? -1
            : a.ip > b.ip
              ? 1
              : 0,
  );
  const groups = new Map<string, {first: number; last: number}>();
  const order: string[] = [];
  const result: string[] = [];
  const hostMappings: string[] = [];
  const join = (ip: string, port: string): string =>
    ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
  const form = (key: string, g: {first: number; last: number}): string => {
    const parts = key.split('/');
    const ip = parts.length > 1 ? parts[0] : '';
    const type = parts.length > 1 ? parts[1] : parts[0];
    let group = g.first === g.last ? String(g.first) : `${g.first}-${g.last}`;
    if (ip) group = `${join(ip, group)}->${group}`;
    return `${group}/${type}`;
  };
  for (const p of sorted) {
    let key = p.type;
    if (p.ip !== '') {
      if (p.publicPort !== p.privatePort) {
        hostMappings.push(`${join(p.ip, String(p.publicPort))}->${p.privatePort}/${p.type}`);
        continue;
      }
      key = `${p.ip}/${p.type}`;
    }
    const g = groups.get(key);
    if (!g) {
      groups.set(key, {first: p.privatePort, last: p.privatePort});
      order.push(key);
      continue;
    }
    if (p.privatePort === g.last + 1) {
      g.last = p.privatePort;
      continue;
    }
    result.push(form(key, g));
    groups.set(key, {first: p.privatePort, last: p.privatePort});
  }
  for (const k of order) result.push(form(k, groups.get(k) as {first: number; last: number}));
  return [...result, ...hostMappings].join(', ');
}

/** The COMMAND of `docker ps` (moby daemon/container/view.go): arguments with a space in single quotes. */
export function commandString(c: ContainerRecord): string {
  return [c.path, ...c.args.map((a) => (a.includes(' ') ? `'${a}'` : a))].join(' ');
}

/** The IMAGE column: the name given, or the id if that name now points elsewhere. */
export function imageColumn(state: EngineState, c: ContainerRecord): string {
  const img = findImage(state, c.image);
  if (!img || img.id !== c.imageId) return truncateId(c.imageId);
  return c.image.startsWith('sha256:') || /^[a-f0-9]{12,64}$/.test(c.image)
    ? truncateId(c.image)
    : c.image;
}

/** docker/cli's ContainerContext headers; compose ps adds its own to these. */
export const PS_SPEC: FormatSpec = {
  headers: {
    ID: 'CONTAINER ID',
    Image: 'IMAGE',
    Command: 'COMMAND',
    CreatedAt: 'CREATED AT',
    RunningFor: 'CREATED',
    Ports: 'PORTS',
    State: 'STATE',
    Status: 'STATUS',
    Size: 'SIZE',
    Names: 'NAMES',
    Labels: 'LABELS',
    Mounts: 'MOUNTS',
    Networks: 'NETWORKS',
    LocalVolumes: 'LOCAL VOLUMES',
  },
  defaultTable:
    'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}',
  typeName: '*formatter.ContainerContext',
};

export function containerRow(
  state: EngineState,
  c: ContainerRecord,
  now: number,
  trunc: boolean,
): Row {
  return {
    ID: trunc ? c.id.slice(0, 12) : c.id,
    Image: trunc ? imageColumn(state, c) : c.image,
    Command: goQuote(trunc ? ellipsis(commandString(c), 20) : commandString(c)),
    CreatedAt: goTimeString(c.created),
    RunningFor: `${humanDuration(now - c.created)} ago`,
    Ports: displayablePorts(apiPorts(c)),
    State: c.state,
    Status: statusText(c, now),
    Size: '0B (virtual 0B)',
    Names: c.name,
    Labels: Object.entries(c.labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(','),
    Mounts: c.mounts
      .map((m) => (m.type === 'volume' ? (trunc ? ellipsis(m.name, 15) : m.name) : m.source))
      .join(','),
    Networks: Object.keys(c.networks).join(','),
    LocalVolumes: String(c.mounts.filter((m) => m.type === 'volume').length),
  };
}

function matchesFilter(
  state: EngineState,
  c: ContainerRecord,
  key: string,
  values: string[],
): boolean {
  return values.some((v) => {
    switch (key) {
      case 'status':
        return c.state === v;
      case 'name':
        try {
          return new RegExp(v).test(c.name);
        } catch {
          return false;
        }
      case 'id':
        return c.id.startsWith(v);
      case 'exited':
        return c.state === 'exited' && String(c.exitCode) === v;
      case 'ancestor': {
        const img = findImage(state, v);
        return img !== undefined && img.id === c.imageId;
      }
      case 'label': {
        const [k, val] = v.split('=');
        return val === undefined ? k in c.labels : c.labels[k] === val;
      }
      case 'network':
        return v in c.networks;
      case 'volume':
        return c.mounts.some((m) => m.name === v || m.destination === v);
      case 'publish':
      case 'expose':
        return c.ports.some(
          (p) =>
            String(p.hostPort) === v.split('/')[0] || String(p.containerPort) === v.split('/')[0],
        );
      default:
        return false;
    }
  });
}

const PS_FILTERS = new Set([
  'status',
  'name',
  'id',
  'exited',
  'ancestor',
  'label',
  'network',
  'volume',
  'publish',
  'expose',
  'before',
  'since',
  'health',
  'isolation',
  'is-task',
]);

export const psCmd: Handler = (ctx, cmd) => {
  const now = ctx.now();
  const filters = parseFilters(flagList(cmd, 'filter'));
  if (typeof filters === 'string') return outErr(filters);
  for (const [k, vs] of filters) {
    if (!PS_FILTERS.has(k)) return outErr(msg.fromDaemon(`invalid filter '${k}'`));
    if (k === 'status') {
      const bad = vs.find(
        (v) =>
          !['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'].includes(v),
      );
      if (bad) return outErr(msg.fromDaemon(`invalid filter 'status=${bad}'`));
    }
  }
  let last = flagInt(cmd, 'last', -1);
  if (flagBool(cmd, 'latest')) last = 1;
  const all = flagBool(cmd, 'all') || last > 0 || filters.size > 0;
  let list = [...ctx.state.containers].sort((a, b) => b.created - a.created);
  if (!all)
    list = list.filter(
      (c) => c.state === 'running' || c.state === 'paused' || c.state === 'restarting',
    );
  for (const [k, vs] of filters) list = list.filter((c) => matchesFilter(ctx.state, c, k, vs));
  if (last > 0) list = list.slice(0, last);
  const trunc = !flagBool(cmd, 'no-trunc');
  const rows = list.map((c) => containerRow(ctx.state, c, now, trunc));
  const r = renderRows(
    PS_SPEC,
    flagString(cmd, 'format'),
    rows,
    flagBool(cmd, 'quiet') ? 'ID' : undefined,
  );
  if ('error' in r) return outErr(r.error, 1);
  return outOk(r.text);
};

/* -------------------------------------------------------------------- logs */

export const logsCmd: Handler = (ctx, cmd) => {
  const c = findContainer(ctx.state, cmd.args[0]);
  if (isError(c)) return outErr(msg.fromDaemon(c.message));
  const tailFlag = flagString(cmd, 'tail') ?? 'all';
  let logs = c.logs;
  if (tailFlag !== 'all') {
    const n = parseInt(tailFlag, 10);
    if (!Number.isNaN(n) && n >= 0) logs = n === 0 ? [] : logs.slice(-n);
  }
  const ts = flagBool(cmd, 'timestamps');
  const p = new Printer();
  for (const l of logs) {
    const text = `${ts ? `${rfc3339Nano(l.time)} ` : ''}${l.text}\n`;
    if (l.stream === 'stdout' || c.tty) p.out(text);
    else p.err(text);
  }
  if (flagBool(cmd, 'follow') && (c.state === 'running' || c.state === 'paused')) {
    p.err(
      `${msg.PLAYGROUND_NOTE_PREFIX}실제로는 -f가 새 로그를 기다리며 Ctrl+C까지 돌아오지 않습니다. 여기서는 지금까지의 로그만 보여 줍니다.`,
    );
  }
  return p.done();
};

/* -------------------------------------------------------------------- exec */

export const execCmd: Handler = (ctx, cmd) => {
  const [ref, ...argv] = cmd.args;
  const c = findContainer(ctx.state, ref);
  if (isError(c)) return outErr(msg.fromDaemon(c.message));
  if (c.state === 'paused') return outErr(msg.fromDaemon(msg.pausedExec(ref)));
  // daemon/exec.go getActiveContainer: a restarting container counts as running, then is refused.
  if (c.state === 'restarting') return outErr(msg.fromDaemon(msg.isRestarting(c.id)));
  if (c.state !== 'running') return outErr(msg.fromDaemon(msg.notRunning(c.id)));
  const img = ctx.state.images.find((i) => i.id === c.imageId);
  const bins = imageBinaries(c, img, ctx.state);
  const prog = argv[0];
  const progBase = basename(prog);
  const execId = execStarted(ctx.state, c, argv, ctx.now());
  if (!bins.has(progBase) && !bins.has(prog) && prog !== 'exit' && prog !== 'cd') {
    return outErr(msg.execProcessNotFound(prog), 127);
  }
  const interactive = flagBool(cmd, 'interactive');
  const tty = flagBool(cmd, 'tty');
  const extraEnv = flagList(cmd, 'env');
  if (SHELLS.has(progBase) && !argv.includes('-c')) {
    if (interactive && tty) {
      ctx.openSession(c.id, progBase === 'bash' ? 'bash' : 'sh', true, execId);
      return outOk();
    }
    execDied(ctx.state, c, execId, 0, ctx.now());
    return outOk();
  }
  if (interactive && tty && ctx.ask) {
    const program = promptProgram({state: ctx.state, c, now: ctx.now()}, argv);
    if (program && 'exitCode' in program) {
      execDied(ctx.state, c, execId, program.exitCode, ctx.now());
      return {stdout: program.stdout + program.stderr, stderr: '', exitCode: program.exitCode};
    }
    if (program) return holdPrompt(ctx, ctx.ask, c, execId, program);
  }
  if (tty && progBase === 'redis-cli') {
    const r = redisCli({state: ctx.state, c}, argv.slice(1), true);
    execDied(ctx.state, c, execId, r.exitCode, ctx.now());
    return {stdout: r.stdout + r.stderr, stderr: '', exitCode: r.exitCode};
  }
  const saved = c.env;
  if (extraEnv.length) c.env = [...c.env, ...extraEnv];
  const r = runInContainer(
    {
      state: ctx.state,
      c,
      now: ctx.now(),
      cwd: flagString(cmd, 'workdir') ?? c.workingDir,
      shell: 'sh',
    },
    argv,
  );
  c.env = saved;
  execDied(ctx.state, c, execId, r.exitCode, ctx.now());
  return tty
    ? {stdout: r.stdout + r.stderr, stderr: '', exitCode: r.exitCode}
    : {stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode};
};

/**
 * A program at its own prompt in a `docker exec -it` terminal (psql, redis-cli): each line the
 * reader types is its input (the input protocol's 'line' question, the program's prompt), until
 * it ends (`\q`, `quit`, `exit`); the terminal merges its streams.
 */
function holdPrompt(
  ctx: Ctx,
  ask: NonNullable<Ctx['ask']>,
  c: ContainerRecord,
  execId: string,
  program: PromptProgram,
): Output {
  const waitFor = (shown: string): Output => {
    ask({
      kind: 'line',
      prompt: program.prompt(),
      answer: (text) => {
        const r = program.line(text);
        if (!r.done) return waitFor(r.stdout + r.stderr);
        execDied(ctx.state, c, execId, 0, ctx.now());
        return {stdout: r.stdout + r.stderr, stderr: '', exitCode: 0};
      },
    });
    return {stdout: shown, stderr: '', exitCode: 0};
  };
  return waitFor(program.banner);
}

/* ------------------------------------------------------------ port / rename / cp */

export const portCmd: Handler = (ctx, cmd) => {
  const c = findContainer(ctx.state, cmd.args[0]);
  if (isError(c)) return outErr(msg.fromDaemon(c.message));
  const ports = apiPorts(c).filter((p) => p.publicPort > 0);
  const want = cmd.args[1];
  const fmt = (p: ApiPort): string => `${p.ip.includes(':') ? `[${p.ip}]` : p.ip}:${p.publicPort}`;
  if (want) {
    const [port, proto = 'tcp'] = want.split('/');
    const m = ports.filter((p) => String(p.privatePort) === port && p.type === proto);
    if (m.length === 0)
      return outErr(`Error: No public port '${port}/${proto}' published for ${cmd.args[0]}`);
    return outOk(m.map((p) => `${fmt(p)}\n`).join(''));
  }
  return outOk(ports.map((p) => `${p.privatePort}/${p.type} -> ${fmt(p)}\n`).join(''));
};

export const renameCmd: Handler = (ctx, cmd) => {
  const [ref, newName] = cmd.args;
  const c = findContainer(ctx.state, ref);
  if (isError(c)) return outErr(msg.fromDaemon(c.message));
  const name = newName.replace(/^\//, '');
  if (name === c.name) return outErr(msg.fromDaemon(msg.renameSameName));
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(name))
    return outErr(msg.fromDaemon(msg.invalidContainerName(newName)));
  const clash = ctx.state.containers.find((o) => o.name === name);
  if (clash) return outErr(msg.fromDaemon(msg.nameConflict(name, clash.id)));
  const oldName = c.name;
  c.name = name;
  containerEvent(ctx.state, c, 'rename', ctx.now(), {oldName: `/${oldName}`});
  return outOk();
};

export const cpCmd: Handler = (ctx, cmd) => {
  const [src, dst] = cmd.args;
  const split = (s: string): {ref: string; path: string} | null => {
    const i = s.indexOf(':');
    if (i <= 0 || s.startsWith('/') || s.startsWith('.')) return null;
    return {ref: s.slice(0, i), path: s.slice(i + 1)};
  };
  const from = split(src);
  const to = split(dst);
  if (from && to) return outErr('copying between containers is not supported');
  if (!from && !to) return outErr('must specify at least one container source');
  const remote = (from ?? to) as {ref: string; path: string};
  const c = findContainer(ctx.state, remote.ref);
  if (isError(c)) return outErr(msg.fromDaemon(c.message));
  const cpath = resolvePath(c.workingDir || '/', remote.path || '/');
  const where = locate(ctx.state, c, cpath);
  if (from) {
    if (!exists(where.fs, where.path))
      return outErr(
        msg.fromDaemon(`Could not find the file ${remote.path} in container ${remote.ref}`),
      );
    const hostDst = resolvePath(ctx.state.cwd, dst, HOST_HOME);
    const target = isDir(ctx.state.host, hostDst)
      ? `${hostDst === '/' ? '' : hostDst}/${basename(cpath)}`
      : hostDst;
    if (!isDir(ctx.state.host, dirname(target)))
      return outErr(`invalid output path: directory "${dirname(target)}" does not exist`);
    copyTree(where.fs, where.path, ctx.state.host, target);
    // docker/cli v29.7.2 cp.go: the summary goes to stderr (the playground's terminal is a TTY).
    return outErr(copySummaryLine(where.fs, where.path, 'from-container', dst), 0);
  }
  const hostSrc = resolvePath(ctx.state.cwd, src, HOST_HOME);
  if (!exists(ctx.state.host, hostSrc))
    return outErr(`lstat ${hostSrc}: no such file or directory`);
  const target = isDir(where.fs, where.path)
    ? `${where.path === '/' ? '' : where.path}/${basename(hostSrc)}`
    : where.path;
  copyTree(ctx.state.host, hostSrc, where.fs, target);
  return outErr(copySummaryLine(ctx.state.host, hostSrc, 'to-container', dst), 0);
};

/* ------------------------------------------------------------------- stats / top */

const STATS_SPEC: FormatSpec = {
  headers: {
    Container: 'CONTAINER',
    ID: 'CONTAINER ID',
    Name: 'NAME',
    CPUPerc: 'CPU %',
    MemUsage: 'MEM USAGE / LIMIT',
    MemPerc: 'MEM %',
    NetIO: 'NET I/O',
    BlockIO: 'BLOCK I/O',
    PIDs: 'PIDS',
  },
  defaultTable:
    'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}',
  typeName: '*formatter.statsContext',
};

export const statsCmd: Handler = (ctx, cmd) => {
  const all = flagBool(cmd, 'all');
  let list = ctx.state.containers.filter(
    (c) => all || c.state === 'running' || c.state === 'paused',
  );
  if (cmd.args.length > 0) {
    const p = new Printer();
    list = [];
    for (const ref of cmd.args) {
      const c = findContainer(ctx.state, ref);
      if (isError(c)) p.err(msg.fromDaemon(c.message)).code(1);
      else list.push(c);
    }
    if (p.exitCode) return p.done();
  }
  const rows = list.map((c, i) => {
    const live = c.state === 'running';
    // The limit column is --memory when set, else the host's memory (docker info's Total Memory).
    const limit = c.memory ? c.memory : 7.654 * 1024 ** 3;
    const usage = live ? (8 + ((c.id.charCodeAt(0) + i) % 40)) * 1024 * 1024 + 352256 : 0;
    const mem = Math.min(usage, Math.floor(limit * 0.9));
    // docker/cli v29.7.2 cli/command/container/formatter_stats.go: the fields --format sees.
    return {
      Container: cmd.args[i] ?? c.id.slice(0, 12),
      ID: c.id.slice(0, 12),
      Name: c.name,
      CPUPerc: live ? `${((c.id.charCodeAt(1) % 9) / 100).toFixed(2)}%` : '0.00%',
      MemUsage: `${bytesSize(mem)} / ${c.memory ? bytesSize(c.memory) : '7.654GiB'}`,
      MemPerc: `${((mem / limit) * 100).toFixed(2)}%`,
      NetIO: live ? '1.05kB / 126B' : '0B / 0B',
      BlockIO: '0B / 0B',
      PIDs: live ? String(c.path.includes('nginx') || mainArgv(c)[0] === 'nginx' ? 9 : 1) : '0',
    };
  });
  const format = flagString(cmd, 'format');
  if (format) {
    const r = renderRows(STATS_SPEC, format, rows);
    return 'error' in r ? outErr(r.error) : outOk(r.text);
  }
  const cells = rows.map((r) => [
    r.ID,
    r.Name,
    r.CPUPerc,
    r.MemUsage,
    r.MemPerc,
    r.NetIO,
    r.BlockIO,
    r.PIDs,
  ]);
  const header = [
    'CONTAINER ID',
    'NAME',
    'CPU %',
    'MEM USAGE / LIMIT',
    'MEM %',
    'NET I/O',
    'BLOCK I/O',
    'PIDS',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)));
  const line = (r: string[]): string =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(Math.max(widths[i] + 3, 10))))
      .join('') + '\n';
  let out = line(header) + cells.map(line).join('');
  if (!flagBool(cmd, 'no-stream'))
    out += `${msg.PLAYGROUND_NOTE_PREFIX}실시간 갱신 대신 한 번만 보여 줍니다(--no-stream과 같습니다).\n`;
  return outOk(out);
};

export const topCmd: Handler = (ctx, cmd) => {
  const c = findContainer(ctx.state, cmd.args[0]);
  if (isError(c)) return outErr(msg.fromDaemon(c.message));
  if (c.state !== 'running' && c.state !== 'paused')
    return outErr(msg.fromDaemon(msg.notRunning(c.id)));
  return outOk(
    `UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD\nroot                ${String(c.pid).padEnd(20)}${String(c.pid - 21).padEnd(20)}0                   ${new Date(c.startedAt).toISOString().slice(11, 16)}               ?                   00:00:00            ${[c.path, ...c.args].join(' ')}\n`,
  );
};

export const containerPruneCmd: Handler = (ctx) => {
  const removed = ctx.state.containers.filter(
    (c) => c.state === 'exited' || c.state === 'created' || c.state === 'dead',
  );
  for (const c of removed) removeContainerRecord(ctx.state, c, false, ctx.now());
  const p = new Printer();
  if (removed.length)
    p.line('Deleted Containers:')
      .out(removed.map((c) => `${c.id}\n`).join(''))
      .line('');
  return p.line(msg.totalReclaimed(humanSize(removed.length * 4096 * 0))).done();
};

export const exportCmd: Handler = (ctx, cmd) => {
  const c = findContainer(ctx.state, cmd.args[0]);
  if (isError(c)) return outErr(msg.fromDaemon(c.message));
  const output = flagString(cmd, 'output');
  if (!output)
    return outErr('cowardly refusing to save to a terminal. Use the -o flag or redirect');
  const path = resolvePath(ctx.state.cwd, output, HOST_HOME);
  if (!isDir(ctx.state.host, dirname(path)))
    return outErr(`failed to export container: open ${path}: no such file or directory`);
  ctx.state.host.files[path] =
    `${TAR_MAGIC}${JSON.stringify({kind: 'export', container: c.id, image: c.imageId, fs: c.rootfs})}`;
  return outOk();
};

export {TAR_MAGIC} from '../archive';
import {TAR_MAGIC} from '../archive';
