/**
 * Swarm mode on one node: `docker swarm init|leave`, `node ls`, `service create|ls|ps|scale|
 * update|rollback|logs|rm` and `stack deploy|ls|services|rm`. Texts are docker/cli v29.7.2
 * (cli/command/swarm, node, service, service/progress, task, stack) and moby's swarm errors.
 * Tasks are records of the swarm, not containers: `docker ps` does not list them, and the
 * routing mesh does not answer `curl` (README, known differences).
 */
import {DaemonError, findImage, pullImage, randomName} from '../daemon';
import {humanDuration, tabwrite} from '../format';
import * as msg from '../messages';
import {randomInt} from '../rng';
import {HOST_HOME, HOST_NAME, type EngineState} from '../state';
import {parseYaml, type YamlValue} from '../yaml';
import type {Output} from '../cli';
import {outErr, outOk, type Ctx} from './common';
import {ENGINE_VERSION} from './objects';
import {resolvePath} from '../vfs';

export interface SwarmTask {
  id: string;
  slot: number;
  image: string;
  desired: 'Running' | 'Shutdown';
  state: 'Running' | 'Shutdown';
  since: number;
}

export interface SwarmService {
  id: string;
  name: string;
  image: string;
  /** The spec before the last update, for `service rollback`. */
  previous?: {image: string; replicas: number};
  replicas: number;
  ports: {published: number; target: number}[];
  /** `com.docker.stack.namespace` of a stack's service. */
  stack?: string;
  tasks: SwarmTask[];
}

export interface SwarmState {
  nodeId: string;
  workerToken: string;
  managerToken: string;
  services: SwarmService[];
  /** Overlay networks created by `stack deploy`. */
  networks: {name: string; stack: string}[];
}

type WithSwarm = EngineState & {swarm?: SwarmState | null};

/** Swarm object ids: 25 lowercase base-36 characters (swarmkit identity.NewID). */
function swarmId(state: EngineState): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let id = '';
  while (id.length < 25) id += alphabet[randomInt(state.rng, alphabet.length)];
  return id;
}

/**
 * The address `swarm init` advertises. The playground host has no interface of its own, so this
 * is an illustrative one: the default guest address of QEMU's and VirtualBox's NAT network.
 */
const NODE_ADDR = '10.0.2.15:2377';

// moby daemon/cluster/errors.go
const NOT_MANAGER =
  'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';
const NOT_IN_SWARM = 'This node is not part of a swarm';
const ALREADY_IN_SWARM =
  'This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.';
// moby daemon/cluster/swarm.go Leave
const LEAVE_LAST_MANAGER =
  'You are attempting to leave the swarm on a node that is participating as a manager. Removing the last manager erases all current state of the swarm. Use `--force` to ignore this message.';

const daemonErr = (text: string): Output => outErr(`${msg.fromDaemon(text)}\n`);

/** The final screen of cli/command/service/progress: one bar per slot, then `verify`. */
function progressScreen(id: string, replicas: number, rollback = false): string {
  const bar = `[${'='.repeat(50)}>] `;
  const state = 'running'.padEnd('preparing'.length);
  const lines = [
    ...(rollback ? ['rollback: manually requested rollback '] : []),
    rollback
      ? `overall progress: rolling back update: ${replicas} out of ${replicas} tasks `
      : `overall progress: ${replicas} out of ${replicas} tasks `,
    ...(replicas <= 20
      ? Array.from({length: replicas}, (_, i) => `${i + 1}/${replicas}: ${state} ${bar}`)
      : []),
    `verify: Service ${id} converged `,
  ];
  return `${lines.join('\n')}\n`;
}

/** Starts tasks until `replicas` run; shuts down the highest slots beyond it. */
function reconcile(state: EngineState, svc: SwarmService, now: number): void {
  // Scaling down removes the tasks of the dropped slots: swarmkit gives them the desired state
  // "remove" and its task reaper deletes them once shut down, so `service ps` no longer lists them.
  svc.tasks = svc.tasks.filter((t) => t.slot <= svc.replicas);
  const live = svc.tasks.filter((t) => t.desired === 'Running');
  for (let slot = 1; slot <= svc.replicas; slot++) {
    const current = live.find((t) => t.slot === slot);
    if (current && current.image === svc.image) continue;
    if (current) Object.assign(current, {desired: 'Shutdown', state: 'Shutdown', since: now});
    svc.tasks.push({
      id: swarmId(state),
      slot,
      image: svc.image,
      desired: 'Running',
      state: 'Running',
      since: now,
    });
  }
}

/** The image a service runs: local, or pulled by the node like `docker pull`. */
function resolveImage(state: EngineState, image: string, now: number): string | null {
  if (findImage(state, image)) return null;
  const pulled = pullImage(state, image, now);
  return pulled instanceof DaemonError ? pulled.message : null;
}

function findService(sw: SwarmState, ref: string): SwarmService | undefined {
  return sw.services.find((s) => s.name === ref || s.id === ref || s.id.startsWith(ref));
}

function parsePort(spec: string): {published: number; target: number} | null {
  const m = /^(\d+):(\d+)(?:\/tcp)?$/.exec(spec);
  return m ? {published: Number(m[1]), target: Number(m[2])} : null;
}

/**
 * cli/command/service/formatter.go Ports(): sorted by published port, consecutive published and
 * target ports merged into ranges (`*:8080-8081->80-81/tcp`); all ports here are tcp.
 */
function portsText(svc: SwarmService): string {
  const ranges: {pStart: number; pEnd: number; tStart: number; tEnd: number}[] = [];
  for (const p of [...svc.ports].sort((a, b) => a.published - b.published)) {
    const last = ranges[ranges.length - 1];
    const isRange = last !== undefined && last.tEnd !== last.tStart;
    if (
      !last ||
      p.published - last.pEnd > 1 ||
      p.target - last.tEnd > 1 ||
      (isRange && p.target <= last.tEnd)
    )
      ranges.push({pStart: p.published, pEnd: p.published, tStart: p.target, tEnd: p.target});
    else Object.assign(last, {pEnd: p.published, tEnd: p.target});
  }
  const span = (a: number, b: number) => (b > a ? `${a}-${b}` : `${a}`);
  return ranges.map((r) => `*:${span(r.pStart, r.pEnd)}->${span(r.tStart, r.tEnd)}/tcp`).join(', ');
}

const shortImage = (image: string) => image.replace(/^docker\.io\/(?:library\/)?/, '');

// --- docker swarm ---

function swarmCmd(ctx: Ctx, sw: SwarmState | null | undefined, args: string[]): Output {
  const state = ctx.state as WithSwarm;
  const [sub, ...rest] = args;
  if (sub === 'init') {
    if (sw) return daemonErr(ALREADY_IN_SWARM);
    // SWMTKN-1-<digest of the swarm's root CA>-<secret>: both roles share the CA digest.
    const caDigest = `${swarmId(state)}${swarmId(state)}`.slice(0, 50);
    const token = (secret: string) => `SWMTKN-1-${caDigest}-${secret}`;
    const next: SwarmState = {
      nodeId: swarmId(state),
      workerToken: token(swarmId(state)),
      managerToken: token(swarmId(state)),
      services: [],
      networks: [],
    };
    state.swarm = next;
    // cli/command/swarm/init.go runInit + join_token.go printJoinCommand
    return outOk(
      `Swarm initialized: current node (${next.nodeId}) is now a manager.\n\n` +
        `To add a worker to this swarm, run the following command:\n\n    docker swarm join --token ${next.workerToken} ${NODE_ADDR}\n\n` +
        "To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.\n",
    );
  }
  if (sub === 'join-token') {
    if (!sw) return daemonErr(NOT_MANAGER);
    const role = rest.find((a) => !a.startsWith('-'));
    // cli/command/swarm/join_token.go runJoinToken + printJoinCommand
    if (role !== 'worker' && role !== 'manager') return outErr(`unknown role ${role ?? ''}\n`);
    const token = role === 'worker' ? sw.workerToken : sw.managerToken;
    if (rest.includes('-q') || rest.includes('--quiet')) return outOk(`${token}\n`);
    return outOk(
      `To add a ${role} to this swarm, run the following command:\n\n    docker swarm join --token ${token} ${NODE_ADDR}\n\n`,
    );
  }
  if (sub === 'leave') {
    if (!sw) return daemonErr(NOT_IN_SWARM);
    if (!rest.includes('--force') && !rest.includes('-f')) return daemonErr(LEAVE_LAST_MANAGER);
    state.swarm = null;
    return outOk('Node left the swarm.\n');
  }
  return unsupported(`swarm ${sub ?? ''}`);
}

// --- docker node ---

function nodeCmd(ctx: Ctx, sw: SwarmState, args: string[]): Output {
  if (args[0] !== 'ls' && args[0] !== 'list') return unsupported(`node ${args[0] ?? ''}`);
  // cli/command/node/formatter.go defaultNodeTableFormat (the self marker follows the ID)
  return outOk(
    tabwrite([
      ['ID', 'HOSTNAME', 'STATUS', 'AVAILABILITY', 'MANAGER STATUS', 'ENGINE VERSION'],
      [`${sw.nodeId} *`, HOST_NAME, 'Ready', 'Active', 'Leader', ENGINE_VERSION],
    ]),
  );
}

// --- docker service ---

function serviceTable(services: readonly SwarmService[]): string {
  // cli/command/service/formatter.go defaultServiceTableFormat
  return tabwrite([
    ['ID', 'NAME', 'MODE', 'REPLICAS', 'IMAGE', 'PORTS'],
    ...[...services]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((s) => [
        s.id.slice(0, 12),
        s.name,
        'replicated',
        `${s.tasks.filter((t) => t.state === 'Running').length}/${s.replicas}`,
        shortImage(s.image),
        portsText(s),
      ]),
  ]);
}

function taskTable(ctx: Ctx, services: readonly SwarmService[]): string {
  // cli/command/task/formatter.go defaultTaskTableFormat; older tasks of a slot get " \_ "
  const rows: string[][] = [
    ['ID', 'NAME', 'IMAGE', 'NODE', 'DESIRED STATE', 'CURRENT STATE', 'ERROR', 'PORTS'],
  ];
  const now = ctx.now();
  for (const svc of services) {
    const slots = [...new Set(svc.tasks.map((t) => t.slot))].sort((a, b) => a - b);
    for (const slot of slots) {
      const tasks = svc.tasks.filter((t) => t.slot === slot).reverse();
      tasks.forEach((t, i) =>
        rows.push([
          t.id.slice(0, 12),
          `${i === 0 ? '' : ' \\_ '}${svc.name}.${slot}`,
          shortImage(t.image),
          HOST_NAME,
          t.desired,
          `${t.state} ${humanDuration(now - t.since).toLowerCase()} ago`,
          '',
          '',
        ]),
      );
    }
  }
  return tabwrite(rows);
}

interface CreateFlags {
  name?: string;
  replicas: number;
  ports: {published: number; target: number}[];
  detach: boolean;
}

function serviceCreate(ctx: Ctx, sw: SwarmState, args: string[]): Output {
  const flags: CreateFlags = {replicas: 1, ports: [], detach: false};
  let i = 0;
  for (; i < args.length && args[i].startsWith('-'); i++) {
    const a = args[i];
    const [flag, inline] = a.includes('=')
      ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
      : [a, undefined];
    const value = () => inline ?? args[++i] ?? '';
    if (flag === '--name') flags.name = value();
    else if (flag === '--replicas') flags.replicas = Number(value());
    else if (flag === '-p' || flag === '--publish') {
      const p = parsePort(value());
      if (!p) return outErr('invalid publish spec\n');
      flags.ports.push(p);
    } else if (flag === '-d' || flag === '--detach') flags.detach = true;
    else return unknownFlag(a, 'service create');
  }
  const image = args[i];
  if (!image)
    return outErr(
      '"docker service create" requires at least 1 argument.\nSee \'docker service create --help\'.\n\nUsage:  docker service create [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nCreate a new service\n',
    );
  if (!Number.isInteger(flags.replicas) || flags.replicas < 0)
    return outErr(`invalid argument "${flags.replicas}" for "--replicas" flag\n`);
  const err = resolveImage(ctx.state, image, ctx.now());
  if (err) return daemonErr(err);
  const svc: SwarmService = {
    id: swarmId(ctx.state),
    // moby daemon/cluster/convert/service.go ServiceSpecToGRPC: namesgenerator.GetRandomName(0)
    name: flags.name ?? randomName(ctx.state),
    image,
    replicas: flags.replicas,
    ports: flags.ports,
    tasks: [],
  };
  if (sw.services.some((s) => s.name === svc.name))
    return daemonErr(
      `rpc error: code = AlreadyExists desc = name conflicts with an existing object: service ${svc.name} already exists`,
    );
  sw.services.push(svc);
  reconcile(ctx.state, svc, ctx.now());
  // cli/command/service/create.go: the ID, then waitOnService's progress
  return outOk(`${svc.id}\n${flags.detach ? '' : progressScreen(svc.id, svc.replicas)}`);
}

function serviceCmd(ctx: Ctx, sw: SwarmState, args: string[]): Output {
  const [sub, ...rest] = args;
  const named = (ref: string | undefined): SwarmService | Output => {
    if (!ref) return outErr(`"docker service ${sub}" requires exactly 1 argument.\n`);
    return findService(sw, ref) ?? daemonErr(`service ${ref} not found`);
  };
  switch (sub) {
    case 'create':
      return serviceCreate(ctx, sw, rest);
    case 'ls':
    case 'list':
      return outOk(serviceTable(sw.services));
    case 'ps': {
      const svc = named(rest.find((a) => !a.startsWith('-')));
      return 'exitCode' in svc ? svc : outOk(taskTable(ctx, [svc]));
    }
    case 'scale': {
      let out = '';
      for (const pair of rest.filter((a) => !a.startsWith('-'))) {
        const [ref, count] = pair.split('=');
        const svc = named(ref);
        if ('exitCode' in svc) return svc;
        svc.replicas = Number(count);
        reconcile(ctx.state, svc, ctx.now());
        // cli/command/service/scale.go: "%s scaled to %d", then the progress of each
        out += `${ref} scaled to ${svc.replicas}\n${progressScreen(ref ?? '', svc.replicas)}`;
      }
      return outOk(out);
    }
    case 'update': {
      const image = rest[rest.indexOf('--image') + 1];
      const svc = named(rest[rest.length - 1]);
      if ('exitCode' in svc) return svc;
      if (!rest.includes('--image') || !image) return unsupported('service update (only --image)');
      const err = resolveImage(ctx.state, image, ctx.now());
      if (err) return daemonErr(err);
      svc.previous = {image: svc.image, replicas: svc.replicas};
      svc.image = image;
      reconcile(ctx.state, svc, ctx.now());
      const ref = rest[rest.length - 1]!;
      return outOk(`${ref}\n${progressScreen(ref, svc.replicas)}`);
    }
    case 'rollback': {
      const ref = rest[rest.length - 1];
      const svc = named(ref);
      if ('exitCode' in svc) return svc;
      if (!svc.previous)
        return daemonErr(
          `rpc error: code = FailedPrecondition desc = service ${svc.id} does not have a previous spec`,
        );
      const back = svc.previous;
      svc.previous = {image: svc.image, replicas: svc.replicas};
      Object.assign(svc, back);
      reconcile(ctx.state, svc, ctx.now());
      return outOk(`${ref}\n${progressScreen(ref ?? '', svc.replicas, true)}`);
    }
    case 'logs': {
      const svc = named(rest.find((a) => !a.startsWith('-')));
      if ('exitCode' in svc) return svc;
      // cli/command/service/logs.go taskFormatter: "<service>.<slot>.<short task id>@<node>",
      // slot numbers padded to the widest replica number, then "    | "
      const img = findImage(ctx.state, svc.image);
      const width = String(svc.replicas).length;
      const lines = svc.tasks
        .filter((t) => t.state === 'Running')
        .flatMap((t) => {
          const prefix = `${svc.name}.${t.slot}.${t.id.slice(0, 12)}@${HOST_NAME}${' '.repeat(width - String(t.slot).length)}`;
          return (img?.logs ?? []).map((l) => ({
            stream: l.stream,
            text: `${prefix}    | ${l.text}\n`,
          }));
        });
      const on = (stream: string) =>
        lines
          .filter((l) => l.stream === stream)
          .map((l) => l.text)
          .join('');
      return {stdout: on('stdout'), stderr: on('stderr'), exitCode: 0, chunks: lines};
    }
    case 'rm':
    case 'remove': {
      let out = '';
      for (const ref of rest) {
        const svc = named(ref);
        if ('exitCode' in svc) return svc;
        sw.services = sw.services.filter((s) => s !== svc);
        out += `${ref}\n`;
      }
      return outOk(out);
    }
    default:
      return unsupported(`service ${sub ?? ''}`);
  }
}

// --- docker stack ---

const mapOf = (v: YamlValue | undefined): Record<string, YamlValue> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, YamlValue>) : {};

/** docker/cli v29.7.2 cli/compose/types/types.go UnsupportedProperties (sorted). */
const UNSUPPORTED_KEYS = [
  'build',
  'cgroup_parent',
  'cgroupns_mode',
  'devices',
  'domainname',
  'external_links',
  'ipc',
  'links',
  'mac_address',
  'network_mode',
  'pid',
  'privileged',
  'restart',
  'security_opt',
  'shm_size',
  'userns_mode',
];

function stackDeploy(ctx: Ctx, sw: SwarmState, args: string[]): Output {
  const fileIdx = args.findIndex((a) => a === '-c' || a === '--compose-file');
  const file = fileIdx >= 0 ? args[fileIdx + 1] : undefined;
  const name = args.filter((a, i) => !a.startsWith('-') && i !== fileIdx + 1).pop();
  if (!file) return outErr('Please specify only one compose file (with --compose-file).\n');
  if (!name) return outErr('"docker stack deploy" requires exactly 1 argument.\n');
  const path = resolvePath(ctx.state.cwd, file, HOST_HOME);
  const text = ctx.state.host.files[path];
  if (typeof text !== 'string') return outErr(`open ${path}: no such file or directory\n`);
  const doc = mapOf(parseYaml(text));
  const services = mapOf(doc.services);
  let stderr = '';
  // cli/command/stack/loader.go: the service keys Swarm ignores, sorted, then deploy.go's notice
  const unsupported = UNSUPPORTED_KEYS.filter((key) =>
    Object.values(services).some((svc) => key in mapOf(svc)),
  );
  if (unsupported.length > 0)
    stderr += `Ignoring unsupported options: ${unsupported.join(', ')}\n\n`;
  for (const [svcName, raw] of Object.entries(services)) {
    if (typeof mapOf(raw).image !== 'string')
      return outErr(
        `${stderr}invalid image reference for service ${svcName}: no image specified\n`,
      );
  }
  stderr +=
    'Since --detach=false was not specified, tasks will be created in the background.\nIn a future release, --detach=false will become the default.\n';
  let stdout = '';
  if (!sw.networks.some((n) => n.name === `${name}_default`)) {
    sw.networks.push({name: `${name}_default`, stack: name});
    stdout += `Creating network ${name}_default\n`;
  }
  for (const [svcName, raw] of Object.entries(services)) {
    const spec = mapOf(raw);
    const image = String(spec.image);
    const err = resolveImage(ctx.state, image, ctx.now());
    if (err) return {stdout, stderr: `${stderr}${msg.fromDaemon(err)}\n`, exitCode: 1};
    const fullName = `${name}_${svcName}`;
    const replicas = Number(mapOf(spec.deploy).replicas ?? 1);
    const ports = (Array.isArray(spec.ports) ? spec.ports : [])
      .map((p) => {
        // long syntax: {target: 80, published: 8081}
        const long = mapOf(p);
        if ('target' in long && 'published' in long)
          return {published: Number(long.published), target: Number(long.target)};
        return parsePort(String(p));
      })
      .filter((p): p is {published: number; target: number} => p !== null);
    const existing = sw.services.find((s) => s.name === fullName);
    if (existing) {
      stdout += `Updating service ${fullName} (id: ${existing.id})\n`;
      Object.assign(existing, {image, replicas, ports});
      reconcile(ctx.state, existing, ctx.now());
      continue;
    }
    const svc: SwarmService = {
      id: swarmId(ctx.state),
      name: fullName,
      image,
      replicas,
      ports,
      stack: name,
      tasks: [],
    };
    sw.services.push(svc);
    reconcile(ctx.state, svc, ctx.now());
    stdout += `Creating service ${fullName}\n`;
  }
  // The CLI prints its warnings before it creates anything.
  return {
    stdout,
    stderr,
    exitCode: 0,
    chunks: [
      {stream: 'stderr', text: stderr},
      {stream: 'stdout', text: stdout},
    ],
  };
}

function stackCmd(ctx: Ctx, sw: SwarmState, args: string[]): Output {
  const [sub, ...rest] = args;
  const name = rest.filter((a) => !a.startsWith('-')).pop();
  const inStack = (n: string | undefined) => sw.services.filter((s) => s.stack === n);
  switch (sub) {
    case 'deploy':
    case 'up':
      return stackDeploy(ctx, sw, rest);
    case 'ls':
    case 'list': {
      // cli/command/stack/list_formatter.go: NAME, SERVICES
      const stacks = [
        ...new Set(sw.services.map((s) => s.stack).filter((s): s is string => !!s)),
      ].sort();
      return outOk(
        tabwrite([['NAME', 'SERVICES'], ...stacks.map((s) => [s, String(inStack(s).length)])]),
      );
    }
    case 'services':
      if (inStack(name).length === 0) return outErr(`Nothing found in stack: ${name ?? ''}\n`);
      return outOk(serviceTable(inStack(name)));
    case 'ps':
      if (inStack(name).length === 0) return outErr(`nothing found in stack: ${name ?? ''}\n`);
      return outOk(taskTable(ctx, inStack(name)));
    case 'rm':
    case 'remove':
    case 'down': {
      const services = inStack(name);
      const networks = sw.networks.filter((n) => n.stack === name);
      if (services.length === 0 && networks.length === 0)
        return {stdout: '', stderr: `Nothing found in stack: ${name ?? ''}\n`, exitCode: 0};
      // cli/command/stack/remove.go: services, then networks
      sw.services = sw.services.filter((s) => s.stack !== name);
      sw.networks = sw.networks.filter((n) => n.stack !== name);
      return outOk(
        [
          ...services.map((s) => `Removing service ${s.name}`),
          ...networks.map((n) => `Removing network ${n.name}`),
        ]
          .map((l) => `${l}\n`)
          .join(''),
      );
    }
    default:
      return unsupported(`stack ${sub ?? ''}`);
  }
}

function unsupported(what: string): Output {
  return outErr(
    `${msg.PLAYGROUND_NOTE_PREFIX}'docker ${what.trim()}'는 이 플레이그라운드에서 지원하지 않습니다. help 로 지원하는 명령을 확인합니다.\n`,
  );
}

function unknownFlag(a: string, cmd: string): Output {
  const head = a.startsWith('--')
    ? `unknown flag: ${a.split('=')[0]}`
    : `unknown shorthand flag: '${a.slice(1, 2)}' in ${a}`;
  return outErr(`${head}\nSee 'docker ${cmd} --help'.\n`, 125);
}

export const SWARM_COMMANDS = new Set(['swarm', 'node', 'service', 'stack']);

/** `docker swarm|node|service|stack …` (argv without `docker`). */
export function swarmCommand(ctx: Ctx, argv: readonly string[]): Output {
  const [group, ...args] = argv;
  // Help texts of these commands are not recorded: say so rather than run the command.
  if (args.includes('--help') || args.includes('-h'))
    return unsupported(`${group} ${args.filter((a) => !a.startsWith('-')).join(' ')} --help`);
  const sw = (ctx.state as WithSwarm).swarm;
  if (group === 'swarm') return swarmCmd(ctx, sw, args);
  if (!sw) return daemonErr(NOT_MANAGER);
  if (group === 'node') return nodeCmd(ctx, sw, args);
  if (group === 'service') return serviceCmd(ctx, sw, args);
  return stackCmd(ctx, sw, args);
}
