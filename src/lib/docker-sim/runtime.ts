/**
 * Container lifecycle (create, start, stop, kill, pause, remove) and what the container's
 * main process does when it starts: print and exit, keep running, or open an interactive shell.
 */
import {appOf, appPort, appStartLog, appStopLog} from './apps';
import {HELLO_MESSAGE} from './catalog';
import {registryEntrypointArgv} from './local-registry';
import {oomKill, SIGKILL_STATUS, verifyMemory} from './memory';
import {advanceClock, COREUTILS, ERRNO_TEXT, fail, filter, ok, type UtilResult} from './coreutils';
import {
  allocateIp,
  createVolume,
  DaemonError,
  findContainer,
  findNetwork,
  imageFamily,
  macFor,
  newId,
  randomName,
  VALID_NAME,
} from './daemon';
import {containerEvent, networkEvent, signalNumber, volumeEvent} from './events';
import {containerView} from './fsview';
import * as msg from './messages';
import {execFormatError, HOST_PLATFORM, runsOnHost} from './platform';
import {randomHex} from './rng';
import {
  CONTAINER_MODE,
  HOST_GATEWAY_NAME,
  netnsOwner,
  listeners,
  networkTools,
  pythonHttpServer,
  refreshNetworkFiles,
  type Listener,
} from './network';
import {curl, getent, ipLink, nslookup, ping, wget, type NetCtx} from './nettools';
import {apk, aptGet, installedPrograms} from './packages';
import {
  INITDB_DIR,
  PG_DATA_FILE,
  pgDump,
  processInitFiles,
  psql,
  psqlSession,
  type PsqlSession,
  type PgData,
  type PgServer,
} from './postgres';
import {
  REDIS_DATA_FILE,
  REDIS_PROMPT,
  redisCommand,
  splitRedisArgs,
  type RedisStore,
} from './redis';
import {runShellScript} from './script';
import {HOST_NAME} from './state';
import type {
  ContainerRecord,
  EngineState,
  ImageRecord,
  LogLine,
  MountRecord,
  PortBinding,
} from './state';
import {basename, cloneVfs, createVfs, isFile, mkdirp, resolvePath} from './vfs';
import {writeCgroupFiles} from './cgroups';
import {
  capabilityError,
  chownCommand,
  guardReadOnly,
  idCommand,
  resolveIdentity,
  whoamiCommand,
} from './security';

export interface MountSpec {
  type: 'volume' | 'bind' | 'tmpfs';
  /** tmpfs-size in bytes (0: the kernel's default, half the memory) */
  tmpfsSize?: number;
  /** volume name ('' for anonymous) or host path */
  source: string;
  destination: string;
  readOnly: boolean;
}

export interface CreateSpec {
  name: string | null;
  image: ImageRecord;
  imageInput: string;
  cmd: string[] | null;
  entrypoint: string[] | null;
  env: string[];
  ports: PortBinding[];
  publishAll: boolean;
  mounts: MountSpec[];
  network: string;
  restart: ContainerRecord['restartPolicy'];
  autoRemove: boolean;
  tty: boolean;
  interactive: boolean;
  workdir: string | null;
  labels: Record<string, string>;
  hostname: string | null;
  /** --add-host values (`name:ip`, `name=ip`, ip may be `host-gateway`) */
  extraHosts?: string[];
  /** --network-alias values */
  aliases?: string[];
  /** --memory in bytes (0 = none) */
  memory?: number;
  /** --memory-swap in bytes (-1 = unlimited, 0 = unset) */
  memorySwap?: number;
  /** --pid value ('' or `container:<name|id>`) */
  pidMode?: string;
  /** --cpus × 1e9 */
  nanoCpus?: number;
  /** --pids-limit (0 = none) */
  pidsLimit?: number;
  /** --cap-add / --cap-drop values as the client normalizes them (CAP_ prefix, sorted) */
  capAdd?: string[];
  capDrop?: string[];
  privileged?: boolean;
  /** --read-only */
  readonlyRootfs?: boolean;
  /** --init (HostConfig.Init: set only when the flag is given) */
  init?: boolean;
  /** --security-opt as the client sends it */
  securityOpt?: string[];
  /** --tmpfs PATH[:OPTIONS] (HostConfig.Tmpfs) */
  tmpfs?: Record<string, string>;
  /** --user (null: the image's USER) */
  user?: string | null;
  /** the platform the container runs as (platform.ts containerPlatform) */
  platform?: string;
}

/**
 * --add-host as docker/cli sends it (opts/hosts.go ValidateExtraHost: `name=ip` or `name:ip`
 * becomes `name:ip`): `host-gateway` stays literal in HostConfig.ExtraHosts; the daemon puts
 * the gateway's address only into /etc/hosts (network.ts hostsRecords).
 */
export function normalizeExtraHost(spec: string): string | null {
  const i = spec.search(/[=:]/);
  if (i <= 0) return null;
  const ip = spec.slice(i + 1);
  if (ip !== HOST_GATEWAY_NAME && !/^\d{1,3}(\.\d{1,3}){3}$/.test(ip) && !ip.includes(':'))
    return null;
  return `${spec.slice(0, i)}:${ip}`;
}

/** Programs that read commands, so `docker run -it IMAGE sh` opens an interactive session. */
export const SHELLS: ReadonlySet<string> = new Set(['sh', 'bash', 'ash', 'dash']);
const ENTRYPOINT_SCRIPTS = new Set([
  '/docker-entrypoint.sh',
  'docker-entrypoint.sh',
  '/usr/local/bin/docker-entrypoint.sh',
  // adminer's entrypoint chain: entrypoint.sh → docker-php-entrypoint → php
  'entrypoint.sh',
  'docker-php-entrypoint',
  // both end in `exec "$@"`: carlossg/docker-maven@0170c5bc mvn-entrypoint.sh,
  // adoptium/containers@d8d18d67 21/jre/alpine/3.21/entrypoint.sh
  '/usr/local/bin/mvn-entrypoint.sh',
  '/__cacert_entrypoint.sh',
]);
const SERVERS = new Set([
  'nginx',
  'postgres',
  'redis-server',
  'httpd-foreground',
  'httpd',
  'mysqld',
  'php', // adminer's php -S
  'registry', // the registry image's `registry serve` (local-registry.ts)
]);

export function mergeEnv(imageEnv: readonly string[], extra: readonly string[]): string[] {
  const out = [...imageEnv];
  for (const e of extra) {
    const key = e.split('=')[0];
    const i = out.findIndex((x) => x.split('=')[0] === key);
    if (i >= 0) out[i] = e;
    else out.push(e);
  }
  return out;
}

export function envValue(env: readonly string[], key: string): string | undefined {
  const e = env.find((x) => x.startsWith(`${key}=`));
  return e === undefined ? undefined : e.slice(key.length + 1);
}

export function createContainer(
  state: EngineState,
  now: number,
  spec: CreateSpec,
): ContainerRecord | DaemonError {
  let name = spec.name;
  if (name !== null) {
    if (!VALID_NAME.test(name)) return new DaemonError(msg.invalidContainerName(name), 'invalid');
    name = name.replace(/^\//, '');
    const clash = state.containers.find((c) => c.name === name);
    if (clash) return new DaemonError(msg.nameConflict(name, clash.id), 'conflict');
  }
  const capError = capabilityError(spec.capAdd ?? [], spec.capDrop ?? []);
  if (capError) return new DaemonError(capError, 'invalid');
  const memoryError = verifyMemory(spec.memory ?? 0, spec.memorySwap ?? 0);
  if (memoryError) return new DaemonError(memoryError, 'invalid');
  const joined = spec.network.startsWith(CONTAINER_MODE)
    ? spec.network.slice(CONTAINER_MODE.length)
    : null;
  // daemon/internal/runconfig/hostconfig.go validateNetContainerMode
  if (joined !== null && (spec.ports.length > 0 || spec.publishAll))
    return new DaemonError(
      'conflicting options: port publishing and the container type network mode',
      'invalid',
    );
  const net = joined === null ? findNetwork(state, spec.network) : undefined;
  if (joined === null && !net)
    return new DaemonError(msg.networkNotFound(spec.network), 'notfound');
  // adaptContainerSettings stores container:<name> as container:<id>; a missing one fails at start.
  const joinedTarget = joined === null ? undefined : findByRef(state, joined);
  const id = newId(state);
  const cfg = spec.image.config;
  const entrypoint = spec.entrypoint ?? cfg.entrypoint;
  const cmd = spec.cmd ?? (spec.entrypoint ? null : cfg.cmd);
  const argv = [...(entrypoint ?? []), ...(cmd ?? [])];
  const rootfs = cloneVfs(spec.image.files);
  const hostMode = net?.driver === 'host';
  const hostname =
    spec.hostname ?? joinedTarget?.hostname ?? (hostMode ? HOST_NAME : id.slice(0, 12));
  rootfs.files['/etc/hostname'] = `${hostname}\n`;
  mkdirp(rootfs, '/etc');
  const mounts: MountRecord[] = [];
  for (const m of spec.mounts) {
    if (m.type === 'tmpfs') {
      mounts.push({
        type: 'tmpfs',
        name: '',
        source: '',
        destination: m.destination,
        rw: !m.readOnly,
        tmpfs: {files: createVfs(), size: m.tmpfsSize ?? 0},
      });
    } else if (m.type === 'volume') {
      const vol = createVolume(state, m.source === '' ? null : m.source, now);
      mounts.push({
        type: 'volume',
        name: vol.name,
        source: `/var/lib/docker/volumes/${vol.name}/_data`,
        destination: m.destination,
        rw: !m.readOnly,
      });
    } else {
      mounts.push({
        type: 'bind',
        name: '',
        source: m.source,
        destination: m.destination,
        rw: !m.readOnly,
      });
      // A missing source becomes a directory (-v); a file stays a file (a Compose secret).
      if (!isFile(state.host, m.source)) mkdirp(state.host, m.source);
    }
  }
  for (const v of cfg.volumes) {
    if (mounts.some((m) => m.destination === v)) continue;
    const vol = createVolume(state, null, now);
    mounts.push({
      type: 'volume',
      name: vol.name,
      source: `/var/lib/docker/volumes/${vol.name}/_data`,
      destination: v,
      rw: true,
    });
  }
  for (const m of mounts) mkdirp(rootfs, m.destination);
  const exposed = [
    ...new Set([...cfg.exposedPorts, ...spec.ports.map((p) => `${p.containerPort}/${p.proto}`)]),
  ];
  const c: ContainerRecord = {
    id,
    name: name ?? randomName(state),
    image: spec.imageInput,
    imageId: spec.image.id,
    path: argv[0] ?? '',
    args: argv.slice(1),
    entrypoint: entrypoint ? [...entrypoint] : null,
    cmd: cmd ? [...cmd] : null,
    env: mergeEnv(cfg.env, spec.env),
    tty: spec.tty,
    openStdin: spec.interactive,
    workingDir: spec.workdir ?? (cfg.workingDir || '/'),
    hostname,
    labels: {...cfg.labels, ...spec.labels},
    exposedPorts: exposed,
    state: 'created',
    exitCode: 0,
    pid: 0,
    created: now,
    startedAt: 0,
    finishedAt: 0,
    error: '',
    // With --network host published ports are discarded (daemon_unix.go verifyPlatformContainerSettings).
    ports: hostMode ? [] : spec.ports.map((p) => ({...p})),
    publishAll: spec.publishAll && !hostMode,
    mounts,
    networkMode: net ? net.name : `${CONTAINER_MODE}${joinedTarget?.id ?? joined}`,
    networks: net
      ? {
          [net.name]: {
            networkId: net.id,
            endpointId: '',
            ip: '',
            mac: '',
            aliases: net.builtin ? [] : [...(spec.aliases ?? [])],
          },
        }
      : {},
    extraHosts: (spec.extraHosts ?? []).map((h) => normalizeExtraHost(h) ?? h),
    restartPolicy: spec.restart,
    autoRemove: spec.autoRemove,
    restartCount: 0,
    memory: spec.memory ?? 0,
    // adaptContainerSettings: by default MemorySwap is twice Memory.
    memorySwap:
      (spec.memory ?? 0) > 0 && !spec.memorySwap ? (spec.memory ?? 0) * 2 : (spec.memorySwap ?? 0),
    oomKilled: false,
    pidMode: pidModeOf(state, spec.pidMode ?? ''),
    nanoCpus: spec.nanoCpus ?? 0,
    pidsLimit: spec.pidsLimit ?? 0,
    capAdd: spec.capAdd ?? [],
    capDrop: spec.capDrop ?? [],
    privileged: spec.privileged ?? false,
    readonlyRootfs: spec.readonlyRootfs ?? false,
    ...(spec.init !== undefined && {init: spec.init}),
    securityOpt: spec.securityOpt ?? [],
    tmpfs: spec.tmpfs ?? {},
    user: spec.user ?? cfg.user,
    ...(spec.platform && spec.platform !== HOST_PLATFORM ? {platform: spec.platform} : {}),
    installed: [...(spec.image.installed ?? [])],
    logs: [],
    rootfs,
    starts: 0,
  };
  writeCgroupFiles(c);
  if (argv.length === 0) return new DaemonError('no command specified', 'invalid');
  state.containers.push(c);
  containerEvent(state, c, 'create', now);
  return c;
}

function findByRef(state: EngineState, ref: string): ContainerRecord | undefined {
  const c = findContainer(state, ref);
  return c instanceof DaemonError ? undefined : c;
}

/** --pid container:<name> is kept as container:<id> when that container exists. */
function pidModeOf(state: EngineState, mode: string): string {
  if (!mode.startsWith(CONTAINER_MODE)) return mode;
  const target = findByRef(state, mode.slice(CONTAINER_MODE.length));
  return target ? `${CONTAINER_MODE}${target.id}` : mode;
}

/** Why a container that joins another's namespaces cannot start now (daemon start errors), or null. */
function joinError(state: EngineState, c: ContainerRecord): DaemonError | null {
  if (c.networkMode.startsWith(CONTAINER_MODE)) {
    const ref = c.networkMode.slice(CONTAINER_MODE.length);
    const nc = findByRef(state, ref);
    // daemon/container_operations.go getNetworkedContainer
    if (!nc)
      return new DaemonError(
        `joining network namespace of container: ${msg.noSuchContainer(ref)}`,
        'system',
      );
    if (nc === c) return new DaemonError('cannot join own network namespace', 'system');
    if (nc.state !== 'running' && nc.state !== 'paused' && nc.state !== 'restarting')
      return new DaemonError(
        `cannot join network namespace of a non running container: container ${nc.name} is ${nc.state}`,
        'conflict',
      );
    if (nc.state === 'restarting')
      return new DaemonError(
        `cannot join network namespace of container: Container ${ref} is restarting, wait until the container is running`,
        'conflict',
      );
  }
  const pid = c.pidMode ?? '';
  if (pid.startsWith(CONTAINER_MODE)) {
    const ref = pid.slice(CONTAINER_MODE.length);
    const pc = findByRef(state, ref);
    // daemon/container_operations_unix.go getPIDContainer
    if (!pc) return new DaemonError(msg.noSuchContainer(ref), 'invalid');
    if (pc.state === 'restarting')
      return new DaemonError(
        `Container ${ref} is restarting, wait until the container is running`,
        'conflict',
      );
    if (pc.state !== 'running' && pc.state !== 'paused')
      return new DaemonError(msg.notRunning(ref), 'conflict');
  }
  return null;
}

/* --------------------------------------------------------------- timestamps for logs */

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function fillLog(text: string, now: number, c: ContainerRecord): string {
  const d = new Date(now);
  const Y = d.getUTCFullYear();
  const M = pad(d.getUTCMonth() + 1);
  const D = pad(d.getUTCDate());
  const hms = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const ms = pad(d.getUTCMilliseconds(), 3);
  const ip = Object.values(c.networks)[0]?.ip || '172.17.0.2';
  return text
    .replace(/\{ts:nginx\}/g, `${Y}/${M}/${D} ${hms}`)
    .replace(/\{ts:pgs\}/g, `${Y}-${M}-${D} ${hms}`)
    .replace(/\{ts:pg\}/g, `${Y}-${M}-${D} ${hms}.${ms}`)
    .replace(/\{ts:redis\}/g, `${D} ${MON[d.getUTCMonth()]} ${Y} ${hms}.${ms}`)
    .replace(
      /\{ts:httpd\}/g,
      `${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${D} ${hms}.${ms}000 ${Y}`,
    )
    .replace(/\{ts:mysqld\}/g, `${Y}-${M}-${D}T${hms}.${ms}000Z`)
    .replace(/\{ts:mysql\}/g, `${Y}-${M}-${D} ${hms}`)
    .replace(/\{ip\}/g, ip);
}

export function appendLogs(c: ContainerRecord, lines: readonly LogLine[], now: number): void {
  for (const l of lines) c.logs.push({time: now, stream: l.stream, text: fillLog(l.text, now, c)});
  if (c.logs.length > 2000) c.logs.splice(0, c.logs.length - 2000);
}

/** Splits command output into log lines. */
function outputLines(r: UtilResult): LogLine[] {
  const lines: LogLine[] = [];
  const split = (text: string, stream: 'stdout' | 'stderr'): void => {
    if (!text) return;
    const parts = text.split('\n');
    if (parts[parts.length - 1] === '') parts.pop();
    for (const p of parts) lines.push({stream, text: p});
  };
  split(r.stdout, 'stdout');
  split(r.stderr, 'stderr');
  return lines;
}

/* -------------------------------------------------------------- in-container commands */

export interface ShellCtx {
  state: EngineState;
  c: ContainerRecord;
  now: number;
  cwd: string;
  /** Which shell reports errors: affects the wording of "not found". */
  shell: 'bash' | 'sh';
  /** The shell's variables, kept between lines of an interactive session (else fresh). */
  vars?: Record<string, string>;
  /** `$$` (default 1, the container's main process) and `$?` before the first command. */
  pid?: number;
  lastExit?: number;
}

export interface ShellOutcome extends UtilResult {
  cwd: string;
  /** set when `exit` ran */
  exit?: number;
}

/** Executables the image provides (beyond the shell utilities). */
export function imageBinaries(
  c: ContainerRecord,
  img: ImageRecord | undefined,
  state?: EngineState,
): Set<string> {
  const fam = img ? imageFamily(img) : 'debian';
  const bins = new Set<string>();
  if (fam === 'scratch') {
    bins.add('/hello');
    return bins;
  }
  for (const b of [
    'sh',
    'ls',
    'cat',
    'echo',
    'printf',
    'hostname',
    'env',
    'printenv',
    'whoami',
    'id',
    'pwd',
    'mkdir',
    'rm',
    'touch',
    'uname',
    'date',
    'sleep',
    'true',
    'false',
    'which',
    'tail',
    'basename',
    'clear',
    'grep',
    'head',
    'wc',
    'sort',
  ])
    bins.add(b);
  if (fam === 'debian' || fam === 'ubuntu' || fam === 'oracle') bins.add('bash');
  if (fam === 'alpine' || fam === 'busybox') bins.add('ash');
  if (fam === 'debian' || fam === 'ubuntu') {
    bins.add('apt-get');
    bins.add('apt');
    bins.add('dash');
  }
  if (fam === 'alpine') bins.add('apk');
  for (const b of PRESENT_UNSIMULATED[fam] ?? []) bins.add(b);
  if (state) for (const b of networkTools(state, c)) bins.add(b);
  for (const b of installedPrograms(c)) bins.add(b);
  const env = c.env.join('\n');
  const has = (k: string): boolean => env.includes(`${k}=`);
  if (
    fam === 'ubuntu' ||
    fam === 'alpine' ||
    fam === 'busybox' ||
    has('NODE_VERSION') ||
    has('PYTHON_VERSION')
  )
    bins.add('ps');
  if (has('NGINX_VERSION')) bins.add('nginx');
  if (has('PG_VERSION')) ['psql', 'postgres', 'pg_isready', 'pg_dump'].forEach((b) => bins.add(b));
  if (has('REDIS_DOWNLOAD_URL')) ['redis-cli', 'redis-server'].forEach((b) => bins.add(b));
  if (has('NODE_VERSION')) ['node', 'npm'].forEach((b) => bins.add(b));
  if (has('PYTHON_VERSION')) ['python3', 'python', 'pip'].forEach((b) => bins.add(b));
  if (has('HTTPD_VERSION')) ['httpd', 'httpd-foreground'].forEach((b) => bins.add(b));
  if (has('MYSQL_VERSION')) ['mysql', 'mysqld'].forEach((b) => bins.add(b));
  if (ENTRYPOINT_SCRIPTS.has(c.path)) bins.add(c.path);
  return bins;
}

/** Programs the real images have that the playground does not imitate (they answer with a note). */
const COMMON_TOOLS = [
  'cp',
  'mv',
  'chmod',
  'chown',
  'ln',
  'df',
  'du',
  'find',
  'sed',
  'awk',
  'tar',
  'gzip',
  'stat',
  'kill',
  'mount',
];
const PRESENT_UNSIMULATED: Partial<Record<string, readonly string[]>> = {
  alpine: [...COMMON_TOOLS, 'top', 'vi', 'free', 'less', 'more', 'ip', 'ifconfig', 'netstat', 'nc'],
  busybox: [
    ...COMMON_TOOLS,
    'top',
    'vi',
    'free',
    'less',
    'more',
    'ip',
    'ifconfig',
    'netstat',
    'nc',
  ],
  debian: COMMON_TOOLS,
  ubuntu: [...COMMON_TOOLS, 'top', 'free'],
  oracle: COMMON_TOOLS,
};
const UNSIMULATED = new Set(Object.values(PRESENT_UNSIMULATED).flatMap((l) => l ?? []));

export function notFound(shell: 'bash' | 'sh', fam: string, cmd: string): string {
  if (shell === 'bash') return `bash: ${cmd}: command not found\n`;
  return fam === 'alpine' || fam === 'busybox'
    ? `sh: ${cmd}: not found\n`
    : `sh: 1: ${cmd}: not found\n`;
}

function psOutput(ctx: ShellCtx, fam: string, self: string): string {
  // With --pid container:<id> the other container's main process is PID 1 here.
  const pidMode = ctx.c.pidMode ?? '';
  const shared = pidMode.startsWith(CONTAINER_MODE)
    ? ctx.state.containers.find((x) => x.id === pidMode.slice(CONTAINER_MODE.length))
    : undefined;
  // When ps is the container's main process, it is the last row itself.
  const selfIsMain = basename(ctx.c.path) === 'ps';
  const procs = [...(shared ? [shared] : []), ...(selfIsMain ? [] : [ctx.c])];
  const pids = [1, 7, 13];
  if (fam === 'alpine' || fam === 'busybox') {
    const rows = procs.map(
      (p, i) => `${String(pids[i]).padStart(5)} root      0:00 ${[p.path, ...p.args].join(' ')}\n`,
    );
    return `PID   USER     TIME  COMMAND\n${rows.join('')}${String(pids[procs.length]).padStart(5)} root      0:00 ${self}\n`;
  }
  if (/^-?[a-z]*[aux][a-z]*$/.test(self.split(' ')[1] ?? '') && self.split(' ')[1] !== '-e') {
    // procps BSD format (ps aux). VSZ/RSS are illustrative: the playground measures no memory.
    const start = new Date(ctx.now);
    const hhmm = `${pad(start.getUTCHours())}:${pad(start.getUTCMinutes())}`;
    const row = (pid: number, cmd: string, stat: string, vsz: number, rss: number): string =>
      `root ${String(pid).padStart(11)}  0.0  0.0 ${String(vsz).padStart(6)} ${String(rss).padStart(5)} pts/0    ${stat.padEnd(4)} ${hhmm}   0:00 ${cmd}\n`;
    return `USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n${procs
      .map((p, i) => row(pids[i]!, [p.path, ...p.args].join(' '), 'Ss', 4588, 3840))
      .join('')}${row(pids[procs.length]!, self, 'R+', 7888, 3968)}`;
  }
  const rows = procs.map(
    (p, i) => `${String(pids[i]).padStart(7)} pts/0    00:00:00 ${basename(p.path)}\n`,
  );
  return `    PID TTY          TIME CMD\n${rows.join('')}${String(pids[procs.length]).padStart(7)} pts/0    00:00:00 ${self}\n`;
}

/** The files of the postgres image's init directory (a bind-mounted file or a folder). */
function postgresInitFiles(
  state: EngineState,
  c: ContainerRecord,
  now: number,
): ReturnType<typeof processInitFiles> {
  const view = containerView(state, c);
  const files = view
    .list(INITDB_DIR)
    .map((name) => `${INITDB_DIR}/${name}`)
    .filter((path) => view.isFile(path))
    .map((path) => ({path, content: String(view.read(path))}));
  return processInitFiles(pgServer({state, c, now}), files);
}

/** The postgres server of a container: its role, databases and the data file in PGDATA. */
function pgServer(ctx: Pick<ShellCtx, 'state' | 'c' | 'now'>): PgServer {
  const view = containerView(ctx.state, ctx.c);
  const env = (k: string): string => envValue(ctx.c.env, k) ?? '';
  const user = env('POSTGRES_USER') || 'postgres';
  const dir = env('PGDATA') || '/var/lib/postgresql/data';
  const file = `${dir}/${PG_DATA_FILE}`;
  return {
    user,
    databases: ['postgres', env('POSTGRES_DB') || user],
    pgVersion: env('PG_VERSION'),
    now: () => ctx.now,
    store: {
      load: () => {
        if (!view.isFile(file)) return null;
        try {
          return JSON.parse(view.read(file)) as PgData;
        } catch {
          return null;
        }
      },
      save: (data) => {
        view.mkdir(dir, true);
        view.write(file, `${JSON.stringify(data)}\n`);
      },
    },
  };
}

/** The redis server of a container: its keys in a file of /data (the image's VOLUME). */
function redisStore(ctx: Pick<ShellCtx, 'state' | 'c'>): RedisStore {
  const view = containerView(ctx.state, ctx.c);
  return {
    load: () => {
      try {
        return view.isFile(REDIS_DATA_FILE)
          ? (JSON.parse(view.read(REDIS_DATA_FILE)) as Record<string, string>)
          : {};
      } catch {
        return {};
      }
    },
    save: (data) => {
      view.mkdir('/data', true);
      view.write(REDIS_DATA_FILE, `${JSON.stringify(data)}\n`);
    },
  };
}

/** redis-cli's options that take a value (-h host, -p port, -a password, -n db). */
const REDIS_VALUE_OPTIONS = new Set(['-h', '-p', '-a', '-n', '-u', '--user', '--pass']);

/** redis-cli ARGS: the command after the options, or null when there is none (the prompt). */
function redisArgs(args: readonly string[]): {command: string[]; host: string; port: string} {
  let host = '127.0.0.1';
  let port = '6379';
  let i = 0;
  for (; i < args.length && args[i]!.startsWith('-'); i++) {
    if (args[i] === '-h') host = args[i + 1] ?? host;
    if (args[i] === '-p') port = args[i + 1] ?? port;
    if (REDIS_VALUE_OPTIONS.has(args[i]!)) i++;
  }
  return {command: args.slice(i), host, port};
}

/** `redis-cli [OPTIONS] COMMAND …` once: TTY replies on a terminal (`docker exec -t`), raw ones else. */
export function redisCli(
  ctx: Pick<ShellCtx, 'state' | 'c'>,
  args: readonly string[],
  tty: boolean,
): UtilResult {
  if (args.includes('--version') || args.includes('-v')) return ok('redis-cli 8.0.2\n');
  const {command} = redisArgs(args);
  if (command.length === 0)
    return {
      stdout: '',
      stderr: `${msg.PLAYGROUND_NOTE_PREFIX}redis-cli 프롬프트는 호스트에서 docker exec -it로 연 redis-cli만 흉내 냅니다. 여기서는 redis-cli SET 키 값처럼 명령을 붙여 실행합니다.\n`,
      exitCode: 0,
    };
  return ok(redisCommand(redisStore(ctx), command, tty));
}

/** A program waiting at its own prompt (psql, redis-cli) for `docker exec -it`. */
export type PromptProgram = PsqlSession;

/**
 * The prompt of `psql` or `redis-cli` started without a command, for `docker exec -it`:
 * null when the program runs once instead (a command, -c, -f), or its error (a failed login).
 */
export function promptProgram(
  ctx: Pick<ShellCtx, 'state' | 'c' | 'now'>,
  argv: readonly string[],
): PromptProgram | UtilResult | null {
  const [prog = '', ...args] = argv;
  if (basename(prog) === 'psql') return psqlSession(pgServer(ctx), args);
  if (basename(prog) !== 'redis-cli' || args.includes('--version') || args.includes('-v'))
    return null;
  const {command, host, port} = redisArgs(args);
  if (command.length > 0) return null;
  const store = redisStore(ctx);
  const prompt = host === '127.0.0.1' && port === '6379' ? REDIS_PROMPT : `${host}:${port}> `;
  return {
    banner: '',
    prompt: () => prompt,
    line(text) {
      const words = splitRedisArgs(text);
      if (words.length === 0) return {stdout: '', stderr: '', done: false};
      if (/^(?:quit|exit)$/i.test(words[0]!)) return {stdout: '', stderr: '', done: true};
      return {stdout: redisCommand(store, words, true), stderr: '', done: false};
    },
  };
}

/** Runs one command (argv) inside a container. */
export function runInContainer(ctx: ShellCtx, words: string[], stdin = ''): ShellOutcome {
  const img = ctx.state.images.find((i) => i.id === ctx.c.imageId);
  const fam = img ? imageFamily(img) : 'debian';
  const bins = imageBinaries(ctx.c, img, ctx.state);
  const [cmd0, ...args] = words;
  const cmd = bins.has(basename(cmd0)) ? basename(cmd0) : cmd0;
  const util = {
    fs: guardReadOnly(containerView(ctx.state, ctx.c), ctx.c),
    cwd: ctx.cwd,
    home: '/root',
    user: 'root',
    now: ctx.now,
  };
  const done = (r: UtilResult): ShellOutcome => ({...r, cwd: ctx.cwd});
  if (cmd === 'exit')
    return {
      ...ok(),
      cwd: ctx.cwd,
      exit: args[0] !== undefined ? parseInt(args[0], 10) & 255 || 0 : 0,
    };
  if (cmd === 'cd') {
    const target = resolvePath(ctx.cwd, args[0] ?? '/root', '/root');
    if (!util.fs.isDir(target))
      return done(
        fail(
          `${ctx.shell === 'bash' ? 'bash: cd' : fam === 'alpine' || fam === 'busybox' ? 'sh: cd' : 'sh: 1: cd'}: ${args[0]}: No such file or directory`,
          fam === 'debian' && ctx.shell === 'sh' ? 2 : 1,
        ),
      );
    return {...ok(), cwd: target};
  }
  if (!bins.has(cmd) && !(cmd === '/hello' && bins.has('/hello')))
    return done(fail(notFound(ctx.shell, fam, cmd0), 127));
  if (SHELLS.has(cmd)) {
    const ci = args.indexOf('-c');
    if (ci >= 0 && args[ci + 1] !== undefined) {
      // A child shell: its own variables, and its `exit` ends only itself.
      const {exit, ...child} = runScript(
        {...ctx, shell: cmd === 'bash' ? 'bash' : 'sh', vars: {}, lastExit: 0},
        args[ci + 1],
      );
      return {...child, exitCode: exit ?? child.exitCode, cwd: ctx.cwd};
    }
    return done(ok());
  }
  const u = COREUTILS[cmd];
  if (u) return done(advanceClock(ctx.state, cmd, args, u(util, args, stdin)));
  const envOut = ctx.c.env.map((e) => `${e}\n`).join('');
  const tool = NET_TOOLS[cmd];
  if (tool) {
    const view = containerView(ctx.state, ctx.c);
    return done(
      tool(
        netCtx(ctx.state, ctx.c, ctx.now, (name, content) => {
          return view.write(resolvePath(ctx.cwd, name, '/root'), content) === null;
        }),
        args,
      ),
    );
  }
  switch (cmd) {
    case '/hello':
      return done(ok(HELLO_MESSAGE));
    case 'hostname':
      return done(ok(`${ctx.c.hostname}\n`));
    case 'env':
    case 'printenv':
      if (args[0]) {
        const v = ctx.c.env.find((e) => e.startsWith(`${args[0]}=`));
        return done(
          v ? ok(`${v.slice(args[0].length + 1)}\n`) : {stdout: '', stderr: '', exitCode: 1},
        );
      }
      return done(ok(`${envOut}HOSTNAME=${ctx.c.hostname}\nHOME=/root\n`));
    case 'whoami':
      return done(whoamiCommand(ctx.c, isBusybox(fam)));
    case 'id':
      return done(idCommand(ctx.c, args, isBusybox(fam)));
    case 'chown':
      return done(chownCommand(ctx.c, util.fs, ctx.cwd, args, isBusybox(fam)));
    case 'uname':
      if (args.includes('-a'))
        return done(
          ok(
            `Linux ${ctx.c.hostname} 6.8.0-60-generic #63-Ubuntu SMP PREEMPT_DYNAMIC Tue Apr 15 19:04:15 UTC 2025 x86_64 ${fam === 'alpine' || fam === 'busybox' ? 'Linux' : 'GNU/Linux'}\n`,
          ),
        );
      if (args.includes('-r')) return done(ok('6.8.0-60-generic\n'));
      if (args.includes('-m')) return done(ok('x86_64\n'));
      return done(ok('Linux\n'));
    case 'date':
      return done(ok(`${new Date(ctx.now).toUTCString().replace('GMT', 'UTC')}\n`));
    case 'ps':
      return done(ok(psOutput(ctx, fam, ['ps', ...args].join(' '))));
    case 'sleep':
      return done(ok());
    case 'tail':
      return done(args.includes('-f') ? ok() : (filter('tail', args, stdin) as UtilResult));
    case 'which': {
      const found = args.filter((a) => bins.has(a));
      return done({
        stdout: found.map((a) => `/usr/bin/${a}\n`).join(''),
        stderr: '',
        exitCode: found.length === args.length ? 0 : 1,
      });
    }
    case 'clear':
      return done(ok('\u001b[H\u001b[2J\u001b[3J'));
    case 'nginx':
      if (args.includes('-v'))
        return done({
          stdout: '',
          stderr: `nginx version: nginx/${envOf(ctx, 'NGINX_VERSION')}\n`,
          exitCode: 0,
        });
      if (args.includes('-t'))
        return done({
          stdout: '',
          stderr:
            'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n',
          exitCode: 0,
        });
      return done(fail('nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)'));
    case 'redis-cli':
      return done(redisCli(ctx, args, false));
    case 'psql':
      return done(psql(pgServer(ctx), args, stdin));
    case 'pg_dump':
      return done(pgDump(pgServer(ctx), args));
    case 'pg_isready':
      return done(ok('/var/run/postgresql:5432 - accepting connections\n'));
    case 'node':
      if (args[0] === '-v' || args[0] === '--version')
        return done(ok(`v${envOf(ctx, 'NODE_VERSION')}\n`));
      if (args[0] === '-e' || args[0] === '-p')
        return done(ok(evalPrint(args[1] ?? '', /console\.log\((.*)\)/)));
      return done(ok());
    case 'npm':
      return done(ok(args[0] === '-v' || args[0] === '--version' ? '11.3.0\n' : ''));
    case 'python':
    case 'python3':
      // The cgroup OOM killer ends the process with SIGKILL; nothing more reaches its output.
      if (oomKill(ctx.c, [cmd, ...args])) {
        containerEvent(ctx.state, ctx.c, 'oom', ctx.now); // daemon/monitor.go EventOOM
        return done({stdout: '', stderr: '', exitCode: SIGKILL_STATUS});
      }
      if (args[0] === '--version' || args[0] === '-V')
        return done(ok(`Python ${envOf(ctx, 'PYTHON_VERSION')}\n`));
      if (args[0] === '-c') return done(ok(evalPrint(args[1] ?? '', /print\((.*)\)/)));
      return done(ok());
    case 'pip':
      return done(
        ok(`pip 25.1.1 from /usr/local/lib/python3.13/site-packages/pip (python 3.13)\n`),
      );
    case 'httpd':
      return done(
        ok('Server version: Apache/2.4.63 (Unix)\nServer built:   May 20 2025 00:00:00\n'),
      );
    case 'mysql':
      return done(ok('mysql  Ver 9.3.0 for Linux on x86_64 (MySQL Community Server - GPL)\n'));
    case 'apt-get':
    case 'apt':
      return done(aptGet(ctx.c, util.fs, args));
    case 'apk':
      return done(apk(ctx.c, util.fs, args));
    case 'ip': {
      const fs = util.fs;
      const r = ipLink(
        {
          container: ctx.c,
          read: (p) => (fs.isFile(p) ? fs.read(p) : null),
          write: (p, content) => {
            fs.mkdir(p.slice(0, p.lastIndexOf('/')), true);
            fs.write(p, content);
          },
          list: (d) => (fs.isDir(d) ? fs.list(d) : []),
        },
        args,
      );
      if (r) return done(r);
      return done({
        stdout: '',
        stderr: `${msg.PLAYGROUND_NOTE_PREFIX}'ip'은(는) 이 이미지에 있지만 플레이그라운드에서는 ip link add/show만 흉내 냅니다.\n`,
        exitCode: 0,
      });
    }
    default:
      if (UNSIMULATED.has(cmd) || installedPrograms(ctx.c).includes(cmd))
        return done({
          stdout: '',
          stderr: `${msg.PLAYGROUND_NOTE_PREFIX}'${cmd}'은(는) 이 이미지에 있지만 플레이그라운드에서는 흉내 내지 않습니다.\n`,
          exitCode: 0,
        });
      return done(ok());
  }
}

const NET_TOOLS: Partial<Record<string, (ctx: NetCtx, args: readonly string[]) => UtilResult>> = {
  curl,
  wget,
  ping,
  nslookup,
  getent,
};

/** Which servers listen in a container, from its main process. */
export function listenersOf(state: EngineState, c: ContainerRecord): Listener[] {
  const img = state.images.find((i) => i.id === c.imageId);
  const main = mainArgv(c);
  const app = c.state === 'running' || c.state === 'paused' ? appOf(c, main) : null;
  if (app) return [{port: appPort(c, app), bind: 'any', http: 'app'}];
  return listeners(
    c,
    main,
    img?.behavior.kind === 'server' && SERVERS.has(basename(main[0] ?? '')),
  );
}

/** The network context for a client running on the host (`from` null) or in a container. */
export function netCtx(
  state: EngineState,
  from: ContainerRecord | null,
  now: number,
  save: NetCtx['save'] = () => false,
): NetCtx {
  return {
    state,
    now,
    from: from ? netnsOwner(state, from) : null,
    listenersOf: (c) => listenersOf(state, c),
    log: (c, line) => appendLogs(c, [line], now),
    save,
  };
}

function envOf(ctx: ShellCtx, key: string): string {
  return envValue(ctx.c.env, key) ?? '';
}

function evalPrint(code: string, re: RegExp): string {
  const m = re.exec(code);
  if (!m) return '';
  const arg = m[1].trim();
  const lit = /^(['"])(.*)\1$/.exec(arg);
  if (lit) return `${lit[2]}\n`;
  if (/^[\d\s+\-*/().]+$/.test(arg)) {
    const n = Function(`"use strict"; return (${arg});`)() as number;
    return `${n}\n`;
  }
  return `${arg}\n`;
}

const isBusybox = (fam: string): boolean => fam === 'alpine' || fam === 'busybox';

/**
 * The shell's message when a redirection cannot open its file: busybox ash.c and dash redir.c
 * say "can't create" / "cannot create", with their own text for a missing directory; bash names
 * only the path.
 */
function createError(shell: 'bash' | 'sh', busybox: boolean, path: string, error: string): string {
  const missing = error === ERRNO_TEXT.ENOENT || error === ERRNO_TEXT.ENOTDIR;
  if (shell === 'bash') return `bash: ${path}: ${error}`;
  if (busybox) return `sh: can't create ${path}: ${missing ? 'nonexistent directory' : error}`;
  return `sh: 1: cannot create ${path}: ${missing ? 'Directory nonexistent' : error}`;
}

/** Runs a whole shell input in the container (used by `sh -c`, exec sessions, `docker run ... sh -c`). */
export function runScript(ctx: ShellCtx, line: string): ShellOutcome {
  let cwd = ctx.cwd;
  const view = guardReadOnly(containerView(ctx.state, ctx.c), ctx.c);
  const img = ctx.state.images.find((i) => i.id === ctx.c.imageId);
  const busybox = isBusybox(img ? imageFamily(img) : 'debian');
  const at = (path: string): string => resolvePath(cwd, path, '/root');
  const r = runShellScript(
    {
      shell: ctx.shell,
      vars: ctx.vars ?? {},
      env: (name) =>
        envValue(ctx.c.env, name) ??
        (name === 'HOSTNAME'
          ? ctx.c.hostname
          : name === 'HOME'
            ? '/root'
            : name === 'PWD'
              ? cwd
              : undefined),
      pid: ctx.pid ?? 1,
      lastExit: ctx.lastExit ?? 0,
      home: '/root',
      exec: (argv, stdin) => {
        const outcome = runInContainer({...ctx, cwd}, argv, stdin);
        cwd = outcome.cwd;
        return outcome;
      },
      read: (path) => {
        const content = view.read(at(path));
        if (content === 'ENOENT' || content === 'EISDIR' || content === 'ENOTDIR')
          return {ok: false, error: ERRNO_TEXT[content]};
        return {ok: true, content};
      },
      write: (path, content, append) => {
        const e = view.write(at(path), content, append);
        return e ? ERRNO_TEXT[e] : null;
      },
      createError: (path, error) => createError(ctx.shell, busybox, path, error),
      kind: (path) => (view.isDir(at(path)) ? 'dir' : view.isFile(at(path)) ? 'file' : null),
    },
    line,
  );
  return {...r, cwd};
}

/* ------------------------------------------------------------------ lifecycle */

export type StartResult =
  | {kind: 'exited'; code: number; output: LogLine[]}
  | {kind: 'running'; output: LogLine[]}
  | {kind: 'session'; shell: 'bash' | 'sh'; output: LogLine[]};

function hostPortsInUse(state: EngineState, except: ContainerRecord): Set<string> {
  const used = new Set<string>();
  for (const c of state.containers) {
    if (
      c === except ||
      !(c.state === 'running' || c.state === 'paused' || c.state === 'restarting')
    )
      continue;
    for (const p of c.ports) used.add(`${p.hostPort}/${p.proto}`);
  }
  return used;
}

/** Figures out what the main process is (after entrypoint scripts hand over with exec "$@"). */
export function mainArgv(c: ContainerRecord): string[] {
  let argv = [c.path, ...c.args];
  // Scripts may chain (adminer: entrypoint.sh docker-php-entrypoint php …).
  while (ENTRYPOINT_SCRIPTS.has(argv[0]) && argv.length > 1 && !argv[1].startsWith('-'))
    argv = argv.slice(1);
  return registryEntrypointArgv(argv) ?? argv;
}

export function startContainer(
  state: EngineState,
  c: ContainerRecord,
  now: number,
  attached: boolean,
): StartResult | DaemonError {
  if (c.state === 'running' || c.state === 'restarting') return {kind: 'running', output: []};
  if (c.state === 'paused')
    return new DaemonError(`cannot start a paused container, try unpause instead`, 'conflict');
  const img = state.images.find((i) => i.id === c.imageId);
  const bins = imageBinaries(c, img, state);
  const argv = mainArgv(c);
  const prog = argv[0] ?? '';
  const progBase = basename(prog);
  if (
    !bins.has(progBase) &&
    !bins.has(prog) &&
    !(SERVERS.has(progBase) && img?.behavior.kind === 'server') &&
    !appOf(c, argv)
  ) {
    c.exitCode = 127;
    c.error = msg.execNotFound(prog);
    // The task fails after the network and mounts were set up; Cleanup releases the network.
    logAttach(state, c, now, attached);
    logNetworkSetup(state, c, now);
    logDisconnect(state, c, now);
    return new DaemonError(msg.execNotFound(prog), 'notfound');
  }
  // daemon/oci_linux.go getUser: a user name must be in the image's /etc/passwd. The spec is
  // built before the process starts (start.go: a System error), so no exit code is set. Only a
  // --user is checked: the catalogue images' passwd files here lack their own USERs (node, adminer).
  const who = c.user === img?.config.user ? null : resolveIdentity(c.rootfs, c.user ?? '');
  if (typeof who === 'string') {
    c.error = who;
    return new DaemonError(who, 'system');
  }
  const joinFailure = joinError(state, c);
  if (joinFailure) {
    c.exitCode = 128;
    c.error = joinFailure.message;
    return joinFailure;
  }
  // Ports: allocate ephemeral host ports and check conflicts.
  const used = hostPortsInUse(state, c);
  const wanted = [...c.ports];
  if (c.publishAll) {
    for (const e of c.exposedPorts) {
      const [port, proto] = e.split('/');
      if (!wanted.some((p) => p.containerPort === Number(port)))
        wanted.push({
          containerPort: Number(port),
          proto: proto === 'udp' ? 'udp' : 'tcp',
          hostIp: '',
          hostPort: 0,
        });
    }
  }
  const resolved: PortBinding[] = [];
  for (const p of wanted) {
    let hostPort = p.hostPort;
    if (hostPort === 0 || (c.publishAll && !c.ports.includes(p))) {
      hostPort = 32768;
      while (used.has(`${hostPort}/${p.proto}`)) hostPort++;
    } else if (used.has(`${hostPort}/${p.proto}`)) {
      c.exitCode = 128;
      c.error = msg.portAllocated(
        c.name,
        randomHex(state.rng, 64),
        p.hostIp || '0.0.0.0',
        hostPort,
      );
      return new DaemonError(c.error, 'system');
    }
    used.add(`${hostPort}/${p.proto}`);
    resolved.push({...p, hostPort});
  }
  c.ports = c.ports.length === resolved.length && !c.publishAll ? resolved : resolved;
  // Networks.
  for (const [name, ep] of Object.entries(c.networks)) {
    const net = findNetwork(state, name);
    if (!net) continue;
    ep.ip = allocateIp(net, state);
    ep.mac = macFor(ep.ip);
    ep.endpointId = randomHex(state.rng, 64);
  }
  refreshNetworkFiles(state, c);
  c.starts++;
  c.state = 'running';
  c.startedAt = now;
  c.finishedAt = 0;
  c.pid = 1000 + ((c.starts * 37) % 9000);
  c.error = '';
  c.oomKilled = false; // State.SetRunning clears it (moby daemon/container/state.go)
  c.healthcheck = img?.config.healthcheck;
  logAttach(state, c, now, attached);
  logNetworkSetup(state, c, now);
  containerEvent(state, c, 'start', now);
  const result = runMain(state, c, argv, now, attached, img);
  if (result.kind === 'exited') finish(state, c, now, result.code);
  return result;
}

/** docker/cli attaches before it starts a container it shows (daemon/attach.go: `attach`). */
function logAttach(state: EngineState, c: ContainerRecord, now: number, attached: boolean): void {
  if (attached) containerEvent(state, c, 'attach', now);
}

/**
 * daemon/start.go containerStart: initializeNetworking (`network connect` per network,
 * container_operations.go), then setupMounts (`volume mount` per volume, volumes_unix.go).
 */
function logNetworkSetup(state: EngineState, c: ContainerRecord, now: number): void {
  for (const name of Object.keys(c.networks)) {
    const net = findNetwork(state, name);
    if (net) networkEvent(state, net, 'connect', now, {container: c.id});
  }
  for (const m of c.mounts)
    if (m.type === 'volume')
      volumeEvent(state, m.name, 'mount', now, {
        container: c.id,
        destination: m.destination,
        propagation: '',
        'read/write': String(m.rw),
      });
}

/** Cleanup → releaseNetwork: `network disconnect` per network (container_operations.go). */
function logDisconnect(state: EngineState, c: ContainerRecord, now: number): void {
  for (const name of Object.keys(c.networks)) {
    const net = findNetwork(state, name);
    if (net) networkEvent(state, net, 'disconnect', now, {container: c.id});
  }
}

/** The path runc execs: the program itself when it has a slash, else its first hit on PATH. */
function resolveProgram(state: EngineState, c: ContainerRecord, prog: string): string {
  if (prog.includes('/')) return prog;
  const pathVar = c.env.find((e) => e.startsWith('PATH='))?.slice(5) ?? DEFAULT_PATH;
  const fs = containerView(state, c);
  const dirs = pathVar.split(':').filter(Boolean);
  const hit = dirs.find((d) => fs.isFile(`${d}/${prog}`));
  return `${hit ?? dirs[dirs.length - 1] ?? '/bin'}/${prog}`;
}

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function runMain(
  state: EngineState,
  c: ContainerRecord,
  argv: string[],
  now: number,
  attached: boolean,
  img: ImageRecord | undefined,
): StartResult {
  const prog = basename(argv[0] ?? '');
  const fam = img ? imageFamily(img) : 'debian';
  const exited = (code: number, output: LogLine[]): StartResult => {
    appendLogs(c, output, now);
    return {
      kind: 'exited',
      code,
      output: c.logs
        .slice(c.logs.length - output.length)
        .map((l) => ({stream: l.stream, text: l.text})),
    };
  };
  const running = (output: readonly LogLine[]): StartResult => {
    const before = c.logs.length;
    appendLogs(c, output, now);
    return {
      kind: 'running',
      output: c.logs.slice(before).map((l) => ({stream: l.stream, text: l.text})),
    };
  };
  // Without QEMU in binfmt_misc the kernel refuses another CPU's binary (platform.ts).
  if (c.platform && !runsOnHost(c.platform))
    return exited(255, [
      {stream: 'stderr', text: execFormatError(resolveProgram(state, c, argv[0] ?? ''))},
    ]);
  if (img?.behavior.kind === 'hello' && argv[0] === '/hello')
    return exited(
      0,
      HELLO_MESSAGE.split('\n')
        .slice(0, -1)
        .map((text) => ({stream: 'stdout' as const, text})),
    );
  if (SHELLS.has(prog)) {
    const ci = argv.indexOf('-c');
    if (ci >= 0) {
      const r = runScript(
        {state, c, now, cwd: c.workingDir, shell: prog === 'bash' ? 'bash' : 'sh'},
        argv[ci + 1] ?? '',
      );
      const script = argv[ci + 1] ?? '';
      // An endless loop (`while :; do …; done`) keeps the container running, like sleep.
      if (/\bwhile\s+(?::|true)\s*;\s*do\b/.test(script)) return running([]);
      if (/\b(sleep|tail -f)\b/.test(script) && r.exitCode === 0) return running(outputLines(r));
      return exited(r.exitCode, outputLines(r));
    }
    // Attached with stdin open (-i, usually with -t): what the reader types goes to this shell.
    if (c.openStdin && attached)
      return {kind: 'session', shell: prog === 'bash' ? 'bash' : 'sh', output: []};
    if (c.openStdin) return running([]);
    return exited(0, []);
  }
  if (prog === 'sleep' || (prog === 'tail' && argv.includes('-f'))) return running([]);
  if (img?.behavior.kind === 'server' && SERVERS.has(prog)) {
    const b = img.behavior;
    const dataDir = img.config.volumes[0];
    const view = containerView(state, c);
    const initialized = dataDir ? view.isFile(`${dataDir}/.initialized`) : true;
    if (
      b.requiredEnv &&
      !initialized &&
      !b.requiredEnv.some((k) => (envValue(c.env, k) ?? '') !== '')
    ) {
      return exited(
        1,
        (b.missingEnvLog ?? []).map((text) => ({stream: 'stderr' as const, text})),
      );
    }
    let lines = img.logs;
    if (dataDir && prog === 'postgres') {
      lines = initialized
        ? [
            {stream: 'stdout', text: ''},
            {
              stream: 'stdout',
              text: 'PostgreSQL Database directory appears to contain a database; Skipping initialization',
            },
            {stream: 'stdout', text: ''},
            ...img.logs.filter((l) => l.stream === 'stderr'),
          ]
        : img.logs;
    }
    if (dataDir && !initialized) {
      view.write(`${dataDir}/.initialized`, `${now}\n`);
      if (prog === 'postgres') {
        view.write(`${dataDir}/PG_VERSION`, '17\n');
        const init = postgresInitFiles(state, c, now);
        if (init.lines.length > 0) {
          // The entrypoint runs them after initdb, before "init process complete".
          const at = lines.findIndex((l) => l.text.startsWith('PostgreSQL init process complete'));
          const cut = at > 0 ? at - 1 : lines.length;
          const before = [...lines.slice(0, cut), ...init.lines];
          if (init.exitCode !== 0) return exited(init.exitCode, before);
          lines = [...before, ...lines.slice(cut)];
        }
      }
    }
    return running(lines);
  }
  const app = appOf(c, argv);
  if (app) return running(appStartLog(c, app, now));
  const py = pythonHttpServer(argv);
  if (py && img?.behavior.kind === 'repl') {
    // print() to a pipe is block-buffered: the line shows only with -t or PYTHONUNBUFFERED.
    const unbuffered = c.tty || (envValue(c.env, 'PYTHONUNBUFFERED') ?? '') !== '';
    const host = py.bind || '::';
    const urlHost = host.includes(':') ? `[${host}]` : host;
    return running(
      unbuffered
        ? [
            {
              stream: 'stdout',
              text: `Serving HTTP on ${host} port ${py.port} (http://${urlHost}:${py.port}/) ...`,
            },
          ]
        : [],
    );
  }
  if (
    img?.behavior.kind === 'repl' &&
    (prog === 'node' || prog === 'python3' || prog === 'python') &&
    argv.length === 1
  ) {
    if (c.openStdin && c.tty && attached) {
      return exited(0, [
        ...img.behavior.banner.split('\n').map((text) => ({stream: 'stdout' as const, text})),
        {
          stream: 'stderr',
          text: `${msg.PLAYGROUND_NOTE_PREFIX}대화형 ${prog === 'node' ? 'Node.js' : 'Python'} 셸은 흉내 내지 않습니다. 컨테이너가 바로 끝납니다.`,
        },
      ]);
    }
    if (c.openStdin) return running([]);
    return exited(0, []);
  }
  const nodeServer = prog === 'node' ? nodeServerLog(state, c, argv) : null;
  if (nodeServer !== null) return running([{stream: 'stdout', text: nodeServer}]);
  const r = runInContainer({state, c, now, cwd: c.workingDir, shell: 'sh'}, argv);
  void fam;
  return exited(r.exitCode, outputLines(r));
}

/**
 * `node script.js` whose script calls `.listen(`: a server that keeps running. Its log line is
 * the script's `console.log(`…`)` in the listen callback, with `${port}` from PORT or the
 * script's own default (`process.env.PORT ?? 3000`).
 */
function nodeServerLog(
  state: EngineState,
  c: ContainerRecord,
  argv: readonly string[],
): string | null {
  const script = argv.slice(1).find((a) => !a.startsWith('-'));
  if (!script) return null;
  const text = containerView(state, c).read(resolvePath(c.workingDir || '/', script));
  if (typeof text !== 'string' || !text.includes('.listen(')) return null;
  const fallback = /process\.env\.PORT\s*(?:\?\?|\|\|)\s*(\d+)/.exec(text)?.[1] ?? '3000';
  const port = envValue(c.env, 'PORT') ?? fallback;
  const logged = /\.listen\([^]*?console\.log\(`([^`]*)`\)/.exec(text)?.[1] ?? '';
  return logged.replace(/\$\{port\}/g, port);
}

/** The main process ended with `code`: apply --rm and restart policies. */
export function finish(
  state: EngineState,
  c: ContainerRecord,
  now: number,
  code: number,
  manual = false,
): void {
  // daemon/monitor.go handleContainerExit: Cleanup (the network), then `die`, then --rm.
  logDisconnect(state, c, now);
  containerEvent(state, c, 'die', now, {
    exitCode: String(code),
    execDuration: String(Math.max(0, Math.floor((now - c.startedAt) / 1000))),
  });
  c.state = 'exited';
  c.exitCode = code;
  c.finishedAt = now;
  c.pid = 0;
  // A tmpfs lives in memory: its files are gone when the container stops.
  for (const m of c.mounts) if (m.tmpfs) m.tmpfs.files = createVfs();
  for (const ep of Object.values(c.networks)) {
    ep.ip = '';
    ep.mac = '';
    ep.endpointId = '';
  }
  if (c.autoRemove) {
    removeContainerRecord(state, c, true, now);
    return;
  }
  const p = c.restartPolicy.name;
  if (
    !manual &&
    (p === 'always' ||
      p === 'unless-stopped' ||
      (p === 'on-failure' &&
        code !== 0 &&
        (c.restartPolicy.maximumRetryCount === 0 ||
          c.restartCount < c.restartPolicy.maximumRetryCount)))
  ) {
    c.state = 'restarting';
    c.restartCount++;
  }
}

/**
 * moby daemon/internal/restartmanager: the first restart comes 100 ms after the exit, each
 * further one waits twice as long, at most one minute. (The real manager also resets the
 * wait after a run of 10 s or more; the playground's crash loops never run that long.)
 */
export function restartDelay(restartCount: number): number {
  return Math.min(100 * 2 ** Math.max(restartCount - 1, 0), 60_000);
}

/** Restarts containers whose restart wait has passed by `now`, as the daemon does in the background. */
export function advanceRestarts(state: EngineState, now: number): void {
  for (const c of [...state.containers]) {
    for (let i = 0; i < 32 && c.state === 'restarting'; i++) {
      const at = c.finishedAt + restartDelay(c.restartCount);
      if (at > now) break;
      c.state = 'exited';
      if (startContainer(state, c, at, false) instanceof DaemonError) break;
    }
  }
}

/** daemon/delete.go cleanupContainer: the volumes (removeMountPoints), then `destroy`. */
export function removeContainerRecord(
  state: EngineState,
  c: ContainerRecord,
  removeAnonymousVolumes: boolean,
  now: number,
): void {
  state.containers = state.containers.filter((x) => x !== c);
  if (removeAnonymousVolumes) {
    for (const m of c.mounts) {
      const vol = state.volumes.find((v) => v.name === m.name);
      if (
        m.type === 'volume' &&
        vol?.anonymous &&
        !state.containers.some((o) => o.mounts.some((om) => om.name === vol.name))
      ) {
        state.volumes = state.volumes.filter((v) => v !== vol);
        volumeEvent(state, vol.name, 'destroy', now);
      }
    }
  }
  containerEvent(state, c, 'destroy', now);
  if (state.session?.containerId === c.id) state.session = null;
}

/** Exit code when stopped by `docker stop`: servers exit cleanly, others are killed after the grace period. */
export function stopExitCode(state: EngineState, c: ContainerRecord): number {
  const img = state.images.find((i) => i.id === c.imageId);
  const argv = mainArgv(c);
  const prog = basename(argv[0] ?? '');
  const app = appOf(c, argv);
  if (app) return app.stopExitCode;
  if (prog === 'node' && nodeScriptHandlesSigterm(state, c, argv)) return 0;
  return img?.behavior.kind === 'server' && SERVERS.has(prog) ? 0 : 137;
}

/**
 * Node as PID 1 has no default SIGTERM action, so `docker stop` kills it after the grace period
 * (137) unless its script handles the signal, as compose-app's server does (exit 0).
 */
function nodeScriptHandlesSigterm(
  state: EngineState,
  c: ContainerRecord,
  argv: readonly string[],
): boolean {
  const script = argv.slice(1).find((a) => !a.startsWith('-'));
  if (!script) return false;
  const text = containerView(state, c).read(resolvePath(c.workingDir || '/', script));
  return typeof text === 'string' && /process\.(?:on|once)\(\s*['"]SIGTERM['"]/.test(text);
}

export function stopContainer(
  state: EngineState,
  c: ContainerRecord,
  now: number,
  code?: number,
): void {
  if (c.state === 'exited' || c.state === 'created' || c.state === 'dead') return;
  if (c.state === 'restarting') {
    c.state = 'exited';
    c.finishedAt = now;
    containerEvent(state, c, 'stop', now);
    if (c.autoRemove) removeContainerRecord(state, c, true, now);
    return;
  }
  const img = state.images.find((i) => i.id === c.imageId);
  const app = code === undefined ? appOf(c, mainArgv(c)) : null;
  if (app) appendLogs(c, appStopLog(c, app, now), now);
  if (img?.behavior.kind === 'server' && basename(mainArgv(c)[0] ?? '') === 'nginx') {
    appendLogs(
      c,
      [
        {
          stream: 'stderr',
          text: '{ts:nginx} [notice] 1#1: signal 3 (SIGQUIT) received, shutting down',
        },
        {stream: 'stderr', text: '{ts:nginx} [notice] 29#29: gracefully shutting down'},
        {stream: 'stderr', text: '{ts:nginx} [notice] 29#29: exiting'},
        {stream: 'stderr', text: '{ts:nginx} [notice] 29#29: exit'},
        {stream: 'stderr', text: '{ts:nginx} [notice] 1#1: signal 17 (SIGCHLD) received from 29'},
        {stream: 'stderr', text: '{ts:nginx} [notice] 1#1: worker process 29 exited with code 0'},
        {stream: 'stderr', text: '{ts:nginx} [notice] 1#1: exit'},
      ],
      now,
    );
  }
  // daemon/stop.go: the stop signal (`kill`), SIGKILL after the grace period if it did not end
  // the process (kill.go), the exit (`die`), then `stop`.
  const exitCode = code ?? stopExitCode(state, c);
  containerEvent(state, c, 'kill', now, {
    signal: String(signalNumber(img?.config.stopSignal)),
  });
  if (exitCode === SIGKILL_STATUS) containerEvent(state, c, 'kill', now, {signal: '9'});
  finish(state, c, now, exitCode, true);
  containerEvent(state, c, 'stop', now);
}
