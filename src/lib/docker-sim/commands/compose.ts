/**
 * `docker compose` (Compose v5.5.0): up, down, ps, logs, exec, run, stop, start, restart,
 * build, config, ls and version, with the project model of ./compose-project.ts. Progress is
 * the final screen of docker/compose v5.5.0 cmd/display/tty.go; texts cite their source.
 */
import {normalizeCapabilities} from '../capabilities';
import {parseDocker} from '../cli';
import {
  createNetwork,
  createVolume,
  findImage,
  findNetwork,
  isError,
  pullImage,
  removeNetworks,
  removeVolumes,
  volumeUsers,
} from '../daemon';
import {ellipsis, goQuote, goStruct, goTimeString, humanDuration, tabwrite} from '../format';
import * as msg from '../messages';
import {
  createContainer,
  removeContainerRecord,
  startContainer,
  stopContainer,
  type MountSpec,
} from '../runtime';
import type {ContainerRecord, EngineState, PortBinding} from '../state';
import {randomHex} from '../rng';
import {resolvePath} from '../vfs';
import {toYaml} from '../yaml';
import type {Output} from '../cli';
import {buildCmd} from './build';
import {outErr, outOk, Printer, type Ctx} from './common';
import {loadProject, type Project, type Service} from './compose-project';
import {
  apiPorts,
  commandString,
  displayablePorts,
  execCmd,
  PS_SPEC,
  statusText,
} from './containers';
import {renderRows, type FormatSpec, type Row} from './templates';

export const COMPOSE_VERSION = 'v5.5.0';

const P = 'com.docker.compose.';

/** One task of the progress display (docker/compose v5.5.0 pkg/api/event.go Resource). */
export interface ProgressEvent {
  id: string;
  /** Resource.Text, the status word: 'Created', 'Started', 'Pulled', 'Removed', … */
  status: string;
  parent?: string;
  secs: number;
  error?: boolean;
  details?: string;
}

/**
 * The final screen of compose's TTY writer: docker/compose v5.5.0 cmd/display/tty.go
 * printWithDimensions() + applyPadding() + lineText(): `[+] <operation> done/total`, then one
 * line per parent task, the status one space after the widest id, timers right-aligned.
 */
export function composeProgress(
  operation: string,
  events: readonly ProgressEvent[],
  width = 80,
): string {
  const len = (s: string): number => [...s].length;
  const parents = events.filter((e) => !e.parent);
  const done = events.filter((e) => !e.error).length;
  const timers = parents.map((e) => `${e.secs.toFixed(1)}s`);
  const timerLen = Math.max(0, ...timers.map(len));
  const before = Math.max(0, ...parents.map((e) => 3 + len(e.id)));
  let out = `[+] ${operation} ${done}/${events.length}\n`;
  parents.forEach((e, i) => {
    const statusPad = before - (3 + len(e.id));
    const details = e.details ? ` ${e.details}` : '';
    const text = ` ${e.error ? '✘' : '✔'} ${e.id}${' '.repeat(statusPad)} ${e.status}${details}`;
    const timer = timers[i].padStart(timerLen);
    out += `${text}${' '.repeat(Math.max(width - len(text) - timerLen, 1))}${timer}\n`;
  });
  return out;
}

class Progress {
  readonly events: ProgressEvent[] = [];
  set(e: ProgressEvent): void {
    const i = this.events.findIndex((x) => x.id === e.id && x.parent === e.parent);
    if (i >= 0) this.events[i] = e;
    else this.events.push(e);
  }
  screen(operation: string): string {
    return this.events.length ? composeProgress(operation, this.events) : '';
  }
}

const projectContainers = (state: EngineState, project: string): ContainerRecord[] =>
  state.containers.filter((c) => c.labels[`${P}project`] === project);

const serviceOf = (c: ContainerRecord): string => c.labels[`${P}service`] ?? '';
const numberOf = (c: ContainerRecord): number => Number(c.labels[`${P}container-number`] ?? 1);
const isUp = (c: ContainerRecord): boolean =>
  c.state === 'running' || c.state === 'paused' || c.state === 'restarting';

const containerName = (p: Project, s: Service, n: number): string =>
  s.containerName ?? `${p.name}-${s.name}-${n}`;

const networkName = (p: Project, key: string): string => {
  const def = p.model.networks;
  const spec = def && typeof def === 'object' && !Array.isArray(def) ? def[key] : null;
  const custom =
    spec && typeof spec === 'object' && !Array.isArray(spec) && typeof spec.name === 'string'
      ? spec.name
      : null;
  return custom ?? `${p.name}_${key}`;
};

/** A stable digest of a service's definition: `com.docker.compose.config-hash` decides recreation. */
function configHash(s: Service): string {
  const text = JSON.stringify([s.raw, s.image]);
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; round < 8; round++) {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ round, 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

function parsePorts(specs: readonly string[]): PortBinding[] {
  return specs.map((spec) => {
    const parts = spec.split(':');
    const [cp, proto] = (parts[parts.length - 1] ?? '').split('/');
    return {
      containerPort: Number(cp),
      proto: proto === 'udp' ? 'udp' : 'tcp',
      hostIp: parts.length > 2 ? parts[0] : '',
      hostPort: parts.length > 1 ? Number(parts[parts.length - 2]) : 0,
    };
  });
}

function mountsOf(p: Project, s: Service): MountSpec[] {
  // File secrets: compose bind-mounts each one read-only at /run/secrets/<target>.
  const secrets = s.secrets.map((x): MountSpec => ({
    type: 'bind',
    source: resolvePath(p.dir, x.file),
    destination: x.target,
    readOnly: true,
  }));
  return s.volumes
    .map((v): MountSpec => {
      const [src, dst, mode] = v.split(':');
      if (dst === undefined) return {type: 'volume', source: '', destination: src, readOnly: false};
      if (src.startsWith('.') || src.startsWith('/') || src.startsWith('~'))
        return {
          type: 'bind',
          source: src.startsWith('~') ? `/home/user${src.slice(1)}` : resolvePath(p.dir, src),
          destination: dst,
          readOnly: mode === 'ro',
        };
      return {
        type: 'volume',
        source: p.volumes.includes(src) ? `${p.name}_${src}` : src,
        destination: dst,
        readOnly: mode === 'ro',
      };
    })
    .concat(secrets);
}

/** Pulls what is missing and builds what must be built; output before the progress screen. */
function prepareImages(
  ctx: Ctx,
  p: Project,
  services: readonly Service[],
  progress: Progress,
  forceBuild: boolean,
): {stderr: string; error: string | null} {
  let stderr = '';
  const s = ctx.state;
  for (const svc of services) {
    if (svc.build || findImage(s, svc.image)) continue;
    const r = pullImage(s, svc.image, ctx.now());
    if (isError(r)) {
      progress.set({
        id: `Image ${svc.image}`,
        status: 'Error',
        secs: 1.2,
        error: true,
        details: r.message,
      });
      return {stderr, error: `Error response from daemon: ${r.message}`};
    }
    progress.set({id: `Image ${svc.image}`, status: 'Pulled', secs: 3.2});
    for (const layer of r.image.layers)
      progress.set({
        id: layer.slice(0, 12),
        status: 'Pull complete',
        parent: `Image ${svc.image}`,
        secs: 1.1,
      });
  }
  for (const svc of services) {
    if (!svc.build || (!forceBuild && findImage(s, svc.image))) continue;
    const argv = [
      'build',
      '-t',
      svc.image,
      '-f',
      resolvePath(svc.build.context, svc.build.dockerfile),
    ];
    for (const a of svc.build.args) argv.push('--build-arg', a);
    if (svc.build.target) argv.push('--target', svc.build.target);
    argv.push(svc.build.context);
    const parsed = parseDocker(argv);
    const r = parsed.kind === 'output' ? parsed.output : buildCmd(ctx, parsed.cmd);
    stderr += r.stdout + r.stderr;
    if (r.exitCode !== 0) {
      progress.set({id: `Image ${svc.image}`, status: 'Error', secs: 0.9, error: true});
      return {stderr, error: `failed to solve: building ${svc.name}`};
    }
    progress.set({id: `Image ${svc.image}`, status: 'Built', secs: 6.2});
  }
  return {stderr, error: null};
}

function ensureNetworks(ctx: Ctx, p: Project, keys: readonly string[], progress: Progress): void {
  for (const key of keys) {
    const full = networkName(p, key);
    if (findNetwork(ctx.state, full)) continue;
    const net = createNetwork(ctx.state, full, 'bridge', ctx.now());
    net.labels = {
      [`${P}network`]: key,
      [`${P}project`]: p.name,
      [`${P}version`]: COMPOSE_VERSION.slice(1),
    };
    progress.set({id: `Network ${full}`, status: 'Created', secs: 0.1});
  }
}

function ensureVolumes(ctx: Ctx, p: Project, progress: Progress): void {
  for (const v of p.volumes) {
    const full = `${p.name}_${v}`;
    if (ctx.state.volumes.some((x) => x.name === full)) continue;
    createVolume(ctx.state, full, ctx.now(), {
      [`${P}project`]: p.name,
      [`${P}version`]: COMPOSE_VERSION.slice(1),
      [`${P}volume`]: v,
    });
    progress.set({id: `Volume ${full}`, status: 'Created', secs: 0.0});
  }
}

function createServiceContainer(
  ctx: Ctx,
  p: Project,
  svc: Service,
  n: number,
  oneoff: {name: string; cmd: string[] | null} | null,
): ContainerRecord | string {
  const s = ctx.state;
  const image = findImage(s, svc.image);
  if (!image) return `No such image: ${svc.image}`;
  const name = oneoff?.name ?? containerName(p, svc, n);
  const [first, ...more] = svc.networks.map((k) => networkName(p, k));
  const created = createContainer(s, ctx.now(), {
    name,
    image,
    imageInput: svc.image,
    cmd: oneoff?.cmd ?? svc.command,
    entrypoint: svc.entrypoint,
    env: svc.environment,
    ports: oneoff ? [] : parsePorts(svc.ports),
    publishAll: false,
    mounts: [
      ...mountsOf(p, svc),
      ...Object.keys(svc.runtime.tmpfs).map((destination) => ({
        type: 'tmpfs' as const,
        source: '',
        destination,
        readOnly: false,
      })),
    ],
    network: first ?? 'bridge',
    restart: {
      name:
        (['always', 'unless-stopped', 'on-failure'] as const).find((r) => r === svc.restart) ??
        'no',
      maximumRetryCount: 0,
    },
    autoRemove: false,
    tty: false,
    interactive: false,
    workdir: null,
    hostname: null,
    aliases: oneoff ? [] : [svc.name],
    memory: svc.runtime.memory,
    nanoCpus: svc.runtime.nanoCpus,
    // The moby client normalizes capabilities for Compose as for the CLI (client/container_create.go).
    capAdd: normalizeCapabilities(svc.runtime.capAdd),
    capDrop: normalizeCapabilities(svc.runtime.capDrop),
    readonlyRootfs: svc.runtime.readOnly,
    securityOpt: svc.runtime.securityOpt,
    tmpfs: svc.runtime.tmpfs,
    user: svc.runtime.user || null,
    labels: {
      [`${P}config-hash`]: configHash(svc),
      [`${P}container-number`]: String(n),
      [`${P}depends_on`]: svc.dependsOn.map((d) => `${d.service}:${d.condition}:false`).join(','),
      [`${P}image`]: image.id,
      [`${P}oneoff`]: oneoff ? 'True' : 'False',
      [`${P}project`]: p.name,
      [`${P}project.config_files`]: p.files.join(','),
      [`${P}project.working_dir`]: p.dir,
      [`${P}service`]: svc.name,
      [`${P}version`]: COMPOSE_VERSION.slice(1),
    },
  });
  if (isError(created)) return msg.fromDaemon(created.message);
  const rt = svc.runtime;
  created.init = rt.init;
  if (rt.logging) created.logConfig = rt.logging;
  if (rt.stopGraceSeconds !== null) created.stopTimeout = rt.stopGraceSeconds;
  const primary = first ? created.networks[first] : undefined;
  if (primary && !oneoff) primary.aliases = [name, svc.name];
  for (const full of more) {
    const net = findNetwork(s, full);
    if (net)
      created.networks[full] = {
        networkId: net.id,
        endpointId: '',
        ip: '',
        mac: '',
        aliases: oneoff ? [] : [name, svc.name],
      };
  }
  return created;
}

interface UpOptions {
  detach: boolean;
  build: boolean;
  wait: boolean;
  scale: Record<string, number>;
  services: string[];
}

/** Services to act on: those named (with their dependencies) or every active one. */
function selected(p: Project, names: readonly string[]): Service[] {
  if (names.length === 0) return p.active;
  const want = new Set<string>();
  const add = (n: string): void => {
    if (want.has(n)) return;
    want.add(n);
    p.services.find((s) => s.name === n)?.dependsOn.forEach((d) => add(d.service));
  };
  names.forEach(add);
  return p.services.filter((s) => want.has(s.name));
}

function up(ctx: Ctx, p: Project, o: UpOptions): Output {
  const unknown = o.services.find((n) => !p.services.some((s) => s.name === n));
  if (unknown) return outErr(`no such service: ${unknown}`);
  const services = selected(p, o.services);
  const s = ctx.state;
  const progress = new Progress();
  const out = new Printer();
  const prepared = prepareImages(ctx, p, services, progress, o.build);
  if (prepared.stderr) out.err(prepared.stderr);
  if (prepared.error)
    return out
      .err(`${progress.screen('up')}${prepared.error}`)
      .code(1)
      .done();
  const joined = new Set(services.flatMap((x) => x.networks));
  ensureNetworks(
    ctx,
    p,
    p.networks.filter((n) => joined.has(n)),
    progress,
  );
  ensureVolumes(ctx, p, progress);
  const failed = (id: string, message: string): Output => {
    progress.set({id, status: 'Error', secs: 0.3, error: true});
    return out
      .err(`${progress.screen('up')}${message}`)
      .code(1)
      .done();
  };
  const healthyWaited = new Set(
    services.flatMap((x) =>
      x.dependsOn.filter((d) => d.condition === 'service_healthy').map((d) => d.service),
    ),
  );
  for (const svc of services) {
    const want = o.scale[svc.name] ?? svc.replicas;
    const existing = projectContainers(s, p.name)
      .filter((c) => serviceOf(c) === svc.name && c.labels[`${P}oneoff`] !== 'True')
      .sort((a, b) => numberOf(a) - numberOf(b));
    for (const c of existing.filter((c) => numberOf(c) > want)) {
      stopContainer(s, c, ctx.now());
      removeContainerRecord(s, c, false, ctx.now());
      progress.set({id: `Container ${c.name}`, status: 'Removed', secs: 0.3});
    }
    for (let n = 1; n <= want; n++) {
      const name = containerName(p, svc, n);
      let c = existing.find((x) => numberOf(x) === n);
      const id = `Container ${name}`;
      if (c && c.labels[`${P}config-hash`] !== configHash(svc)) {
        stopContainer(s, c, ctx.now());
        removeContainerRecord(s, c, false, ctx.now());
        const made = createServiceContainer(ctx, p, svc, n, null);
        if (typeof made === 'string') return failed(id, made);
        c = made;
        progress.set({id, status: 'Recreated', secs: 0.2});
      } else if (c && isUp(c)) {
        progress.set({id, status: 'Running', secs: 0.0});
        continue;
      } else if (!c) {
        const clash = s.containers.find((x) => x.name === name);
        if (clash) return failed(id, msg.fromDaemon(msg.nameConflict(name, clash.id)));
        const made = createServiceContainer(ctx, p, svc, n, null);
        if (typeof made === 'string') return failed(id, made);
        c = made;
        progress.set({id, status: 'Created', secs: 0.1});
      }
      const r = startContainer(s, c, ctx.now(), false);
      if (isError(r)) return failed(id, msg.fromDaemon(r.message));
      // Attached `up` hides Started (tty.go On): the logs follow instead.
      if (o.detach || o.wait)
        progress.set({
          id,
          status: healthyWaited.has(svc.name) && svc.healthcheck ? 'Healthy' : 'Started',
          secs: 0.4,
        });
    }
  }
  out.err(progress.screen('up'));
  if (!o.detach && !o.wait) {
    const list = projectContainers(s, p.name).filter((c) =>
      services.some((x) => x.name === serviceOf(c)),
    );
    const names = list.map((c) => `${serviceOf(c)}-${numberOf(c)}`).sort();
    out.out(`Attaching to ${names.join(', ')}\n`);
    out.out(prefixedLogs(list));
    out.err(
      `${msg.PLAYGROUND_NOTE_PREFIX}실제로는 서비스 로그를 계속 보여 주며 Ctrl+C까지 기다립니다. 여기서는 -d처럼 백그라운드에서 계속 실행합니다.`,
    );
  }
  return out.done();
}

/** `web-1  | line`: compose's log prefix, padded to the longest container name (logs.go). */
function prefixedLogs(list: readonly ContainerRecord[], tail = -1): string {
  const label = (c: ContainerRecord): string =>
    c.labels[`${P}oneoff`] === 'True' ? c.name : `${serviceOf(c)}-${numberOf(c)}`;
  const width = Math.max(0, ...list.map((c) => label(c).length));
  const entries = list
    .flatMap((c) =>
      (tail >= 0 ? c.logs.slice(Math.max(0, c.logs.length - tail)) : c.logs).map((l) => ({c, l})),
    )
    .sort((a, b) => a.l.time - b.l.time);
  return entries.map(({c, l}) => `${label(c).padEnd(width)}  | ${l.text}\n`).join('');
}

function healthOf(state: EngineState, p: Project | null, c: ContainerRecord): string {
  if (c.state !== 'running') return '';
  const svc = p?.services.find((x) => x.name === serviceOf(c));
  if (!svc) return '';
  // A HEALTHCHECK in the service's Dockerfile counts like one in compose.yaml.
  const dockerfile = svc.build
    ? state.host.files[resolvePath(svc.build.context, svc.build.dockerfile)]
    : undefined;
  return svc.healthcheck || /^HEALTHCHECK\s+(?!NONE\b)/im.test(dockerfile ?? '')
    ? ' (healthy)'
    : '';
}

/** docker/compose v5.5.0 cmd/formatter/container.go NewContainerContext headers: docker/cli's and four of compose's own. */
const COMPOSE_PS_SPEC: FormatSpec = {
  headers: {
    ...PS_SPEC.headers,
    Name: 'NAME',
    Project: 'PROJECT',
    Service: 'SERVICE',
    Engine: 'ENGINE',
  },
  defaultTable:
    'table {{.Name}}\t{{.Image}}\t{{.Command}}\t{{.Service}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}',
  typeName: '*formatter.ContainerContext',
};

/**
 * One container as compose's ContainerContext shows it: every exported method without
 * arguments (the keys of `--format json`, docker/cli formatter.MarshalJSON). Labels and
 * Networks come from Go maps (random order in real output); here they are sorted.
 */
function composePsRow(ctx: Ctx, p: Project, c: ContainerRecord, now: number): Row {
  const ports = apiPorts(c).filter((x) => x.publicPort > 0 || x.ip === '');
  const publishers = [...ports]
    .sort((a, b) => a.privatePort - b.privatePort)
    .map((x) =>
      goStruct({
        URL: x.ip,
        TargetPort: x.privatePort,
        PublishedPort: x.publicPort,
        Protocol: x.type,
      }),
    );
  const health = healthOf(ctx.state, p, c);
  const running = c.state === 'running';
  const mounts = c.mounts.filter((m) => m.type !== 'tmpfs');
  return {
    Command: goQuote(ellipsis(commandString(c), 20)),
    CreatedAt: goTimeString(c.created),
    Engine: '',
    ExitCode: c.state === 'exited' || c.state === 'dead' ? c.exitCode : 0,
    Health: running && health ? health.replace(/^ \((.*)\)$/, '$1') : '',
    ID: c.id.slice(0, 12),
    Image: c.image,
    Labels: Object.keys(c.labels)
      .sort()
      .map((k) => `${k}=${c.labels[k]}`)
      .join(','),
    LocalVolumes: String(mounts.filter((m) => m.type === 'volume').length),
    Mounts: mounts.map((m) => ellipsis(m.type === 'volume' ? m.name : m.source, 15)).join(','),
    Name: c.name,
    Names: c.name,
    Networks: Object.keys(c.networks).sort().join(','),
    Ports: displayablePorts(apiPorts(c)),
    Project: p.name,
    Publishers: publishers,
    RunningFor: `${humanDuration(now - c.created)} ago`,
    Service: serviceOf(c),
    Size: '0B',
    State: c.state,
    Status: `${statusText(c, now)}${health}`,
  };
}

function ps(
  ctx: Ctx,
  p: Project,
  all: boolean,
  quiet: boolean,
  services: boolean,
  format: string | undefined,
): Output {
  const now = ctx.now();
  const list = projectContainers(ctx.state, p.name)
    .filter((c) => all || isUp(c))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  if (services) return outOk([...new Set(list.map(serviceOf))].map((x) => `${x}\n`).join(''));
  if (quiet) return outOk(list.map((c) => `${c.id}\n`).join(''));
  const r = renderRows(
    COMPOSE_PS_SPEC,
    format,
    list.map((c) => composePsRow(ctx, p, c, now)),
  );
  return 'error' in r ? outErr(r.error) : outOk(r.text);
}

function forServices(ctx: Ctx, p: Project, names: readonly string[]): ContainerRecord[] | string {
  const unknown = names.find((n) => !p.services.some((s) => s.name === n));
  if (unknown) return `no such service: ${unknown}`;
  return projectContainers(ctx.state, p.name).filter(
    (c) => names.length === 0 || names.includes(serviceOf(c)),
  );
}

/** Dependency order of the project's services, for start; reversed for stop and down. */
const byServiceOrder = (p: Project, list: readonly ContainerRecord[]): ContainerRecord[] =>
  [...list].sort((a, b) => {
    const ia = p.services.findIndex((s) => s.name === serviceOf(a));
    const ib = p.services.findIndex((s) => s.name === serviceOf(b));
    return ia - ib || numberOf(a) - numberOf(b);
  });

function stopStart(
  ctx: Ctx,
  p: Project,
  op: 'stop' | 'start' | 'restart',
  names: string[],
): Output {
  const list = forServices(ctx, p, names);
  if (typeof list === 'string') return outErr(list);
  const progress = new Progress();
  const ordered = byServiceOrder(p, list);
  if (op === 'stop') ordered.reverse();
  for (const c of ordered) {
    if (op !== 'start' && isUp(c)) stopContainer(ctx.state, c, ctx.now());
    if (op === 'stop') {
      progress.set({id: `Container ${c.name}`, status: 'Stopped', secs: 0.3});
      continue;
    }
    if (isUp(c)) continue;
    const r = startContainer(ctx.state, c, ctx.now(), false);
    if (isError(r)) {
      progress.set({id: `Container ${c.name}`, status: 'Error', secs: 0.2, error: true});
      return {
        stdout: '',
        stderr: `${progress.screen(op)}${msg.fromDaemon(r.message)}\n`,
        exitCode: 1,
      };
    }
    progress.set({
      id: `Container ${c.name}`,
      status: op === 'start' ? 'Started' : 'Restarted',
      secs: 0.4,
    });
  }
  return {stdout: '', stderr: progress.screen(op), exitCode: 0};
}

function down(ctx: Ctx, p: Project, volumes: boolean, rmi: string | null): Output {
  const s = ctx.state;
  const progress = new Progress();
  const list = byServiceOrder(p, projectContainers(s, p.name)).reverse();
  for (const c of list) {
    stopContainer(s, c, ctx.now());
    if (s.containers.includes(c)) removeContainerRecord(s, c, volumes, ctx.now());
    progress.set({id: `Container ${c.name}`, status: 'Removed', secs: 0.3});
  }
  if (volumes)
    for (const v of p.volumes) {
      const full = `${p.name}_${v}`;
      if (s.volumes.some((x) => x.name === full) && volumeUsers(s, full).length === 0) {
        removeVolumes(
          s,
          s.volumes.filter((x) => x.name === full),
          ctx.now(),
        );
        progress.set({id: `Volume ${full}`, status: 'Removed', secs: 0.0});
      }
    }
  if (rmi === 'local' || rmi === 'all')
    for (const svc of p.services) {
      if (rmi === 'local' && !svc.build) continue;
      const img = findImage(s, svc.image);
      if (!img || s.containers.some((c) => c.imageId === img.id)) continue;
      s.images = s.images.filter((i) => i !== img);
      progress.set({id: `Image ${svc.image}`, status: 'Removed', secs: 0.1});
    }
  const keys = [...new Set([...p.networks, ...p.services.flatMap((x) => x.networks)])];
  for (const key of keys) {
    const full = networkName(p, key);
    const net = findNetwork(s, full);
    if (!net || s.containers.some((c) => c.networks[full])) continue;
    removeNetworks(s, [net], ctx.now());
    progress.set({id: `Network ${full}`, status: 'Removed', secs: 0.2});
  }
  return {stdout: '', stderr: progress.screen('down'), exitCode: 0};
}

/** `compose exec` and `compose run` go through the docker handlers on the service container. */
function dockerVia(ctx: Ctx, handler: typeof execCmd, argv: string[]): Output {
  const parsed = parseDocker(argv);
  return parsed.kind === 'output' ? parsed.output : handler(ctx, parsed.cmd);
}

function exec(ctx: Ctx, p: Project, args: string[]): Output {
  let tty = true;
  let index = 1;
  const docker: string[] = [];
  let i = 0;
  for (; i < args.length && args[i].startsWith('-'); i++) {
    const a = args[i];
    if (a === '-T' || a === '--no-TTY' || a === '-d' || a === '--detach')
      tty = a.startsWith('-d') ? tty : false;
    if (a === '-d' || a === '--detach') docker.push('-d');
    else if (a === '--index') index = Number(args[++i]);
    else if (
      a === '-e' ||
      a === '--env' ||
      a === '-u' ||
      a === '--user' ||
      a === '-w' ||
      a === '--workdir'
    )
      docker.push(a, args[++i] ?? '');
  }
  const [svc, ...cmd] = args.slice(i);
  if (!svc)
    return outErr(
      `"docker compose exec" requires at least 2 arguments.\nSee 'docker compose exec --help'.`,
    );
  if (!p.services.some((s) => s.name === svc)) return outErr(`no such service: ${svc}`);
  const c = projectContainers(ctx.state, p.name).find(
    (x) => serviceOf(x) === svc && numberOf(x) === index && x.labels[`${P}oneoff`] !== 'True',
  );
  if (!c || !isUp(c)) return outErr(`service "${svc}" is not running`);
  return dockerVia(ctx, execCmd, ['exec', ...(tty ? ['-it'] : ['-i']), ...docker, c.name, ...cmd]);
}

function run(ctx: Ctx, p: Project, args: string[]): Output {
  let remove = false;
  let detach = false;
  let i = 0;
  const extra: string[] = [];
  for (; i < args.length && args[i].startsWith('-'); i++) {
    const a = args[i];
    if (a === '--rm') remove = true;
    else if (a === '-d' || a === '--detach') detach = true;
    else if (a === '-e' || a === '--env') extra.push('-e', args[++i] ?? '');
  }
  const [name, ...cmd] = args.slice(i);
  const svc = p.services.find((s) => s.name === name);
  if (!name)
    return outErr(
      `"docker compose run" requires at least 1 argument.\nSee 'docker compose run --help'.`,
    );
  if (!svc) return outErr(`no such service: ${name}`);
  const deps = selected(p, [name]).filter((s) => s.name !== name);
  const out = new Printer();
  if (deps.length) {
    const r = up(ctx, p, {
      detach: true,
      build: false,
      wait: false,
      scale: {},
      services: deps.map((d) => d.name),
    });
    if (r.exitCode !== 0) return r;
    out.err(r.stderr);
  }
  const prep = prepareImages(ctx, p, [svc], new Progress(), false);
  if (prep.error)
    return out
      .err(prep.stderr + prep.error)
      .code(1)
      .done();
  ensureNetworks(ctx, p, svc.networks, new Progress());
  ensureVolumes(ctx, p, new Progress());
  const cname = `${p.name}-${svc.name}-run-${randomHex(ctx.state.rng, 12)}`;
  const c = createServiceContainer(
    ctx,
    p,
    {...svc, environment: [...svc.environment, ...extra.filter((_, k) => k % 2 === 1)]},
    1,
    {
      name: cname,
      cmd: cmd.length ? cmd : null,
    },
  );
  if (typeof c === 'string') return out.err(c).code(1).done();
  if (detach) {
    startContainer(ctx.state, c, ctx.now(), false);
    return out.out(`${cname}\n`).done();
  }
  const started = startContainer(ctx.state, c, ctx.now(), true);
  if (isError(started)) return out.err(msg.fromDaemon(started.message)).code(1).done();
  for (const l of c.logs) {
    if (l.stream === 'stdout') out.out(`${l.text}\n`);
    else out.err(`${l.text}\n`);
  }
  const code = c.state === 'exited' ? c.exitCode : 0;
  if (remove && c.state === 'exited') removeContainerRecord(ctx.state, c, true, ctx.now());
  return out.code(code).done();
}

function ls(ctx: Ctx, all: boolean): Output {
  const projects = new Map<string, ContainerRecord[]>();
  for (const c of ctx.state.containers) {
    const name = c.labels[`${P}project`];
    if (name) projects.set(name, [...(projects.get(name) ?? []), c]);
  }
  const rows = [['NAME', 'STATUS', 'CONFIG FILES']];
  for (const [name, list] of [...projects].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const counts = new Map<string, number>();
    for (const c of list) counts.set(c.state, (counts.get(c.state) ?? 0) + 1);
    if (!all && !counts.has('running')) continue;
    const status = [...counts]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([st, n]) => `${st}(${n})`)
      .join(', ');
    rows.push([name, status, list[0].labels[`${P}project.config_files`] ?? '']);
  }
  return outOk(tabwrite(rows, 20, 3)); // formatter/pretty.go: minwidth 20, padding 3
}

const COMPOSE_HELP = `Usage:  docker compose [OPTIONS] COMMAND

Define and run multi-container applications with Docker

Options:
      --env-file stringArray       Specify an alternate environment file
  -f, --file stringArray           Compose configuration files
      --profile stringArray        Specify a profile to enable
  -p, --project-name string        Project name

Commands:
  build       Build or rebuild services
  config      Parse, resolve and render compose file in canonical format
  down        Stop and remove containers, networks
  exec        Execute a command in a running container
  logs        View output from containers
  ls          List running compose projects
  ps          List containers
  restart     Restart service containers
  run         Run a one-off command on a service
  start       Start services
  stop        Stop services
  up          Create and start containers
  version     Show the Docker Compose version information

Run 'docker compose COMMAND --help' for more information on a command.
`;

/** Flags each subcommand takes: name → takes a value. */
const FLAGS: Record<string, Record<string, boolean>> = {
  up: {
    '-d': false,
    '--detach': false,
    '--build': false,
    '--wait': false,
    '--scale': true,
    '--no-build': false,
    '--force-recreate': false,
    '--remove-orphans': false,
    '--watch': false,
    '-w': false,
  },
  ps: {
    '-a': false,
    '--all': false,
    '-q': false,
    '--quiet': false,
    '--services': false,
    '--format': true,
  },
  logs: {
    '-f': false,
    '--follow': false,
    '-t': false,
    '--timestamps': false,
    '--tail': true,
    '-n': true,
    '--no-color': false,
    '--no-log-prefix': false,
  },
  down: {
    '-v': false,
    '--volumes': false,
    '--rmi': true,
    '--remove-orphans': false,
    '-t': true,
    '--timeout': true,
  },
  stop: {'-t': true, '--timeout': true},
  start: {},
  restart: {'-t': true, '--timeout': true},
  build: {'--no-cache': false, '--pull': false, '-q': false, '--quiet': false},
  config: {
    '-q': false,
    '--quiet': false,
    '--services': false,
    '--volumes': false,
    '--profiles': false,
  },
  ls: {'-a': false, '--all': false, '-q': false, '--quiet': false},
  version: {'--short': false, '-f': true, '--format': true},
  watch: {},
};

/** Entry point: argv after `docker compose`. */
export function composeCommand(ctx: Ctx, argv: readonly string[]): Output {
  const files: string[] = [];
  const profiles: string[] = [];
  let project: string | undefined;
  let envFile: string | undefined;
  let i = 0;
  for (; i < argv.length && argv[i].startsWith('-'); i++) {
    const a = argv[i];
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === '-f' || flag === '--file') files.push(value() ?? '');
    else if (flag === '-p' || flag === '--project-name') project = value();
    else if (flag === '--profile') profiles.push(value() ?? '');
    else if (flag === '--env-file') envFile = value();
    else if (flag === '-h' || flag === '--help') return outOk(COMPOSE_HELP);
    else
      return outErr(
        a.startsWith('--')
          ? `unknown flag: ${flag}`
          : `unknown shorthand flag: '${a.slice(1, 2)}' in ${a}`,
      );
  }
  const [sub, ...args] = argv.slice(i);
  if (sub === undefined || sub === 'help') return outOk(COMPOSE_HELP);
  if (sub === 'exec' || sub === 'run') {
    // their flags stop at the service name
  } else if (!(sub in FLAGS)) {
    return outErr(`unknown docker command: "compose ${sub}"`);
  }
  const flags: Record<string, string[]> = {};
  const positional: string[] = [];
  if (sub !== 'exec' && sub !== 'run')
    for (let k = 0; k < args.length; k++) {
      const a = args[k];
      if (!a.startsWith('-') || a === '-') {
        positional.push(a);
        continue;
      }
      const eq = a.startsWith('--') ? a.indexOf('=') : -1;
      const flag = eq > 0 ? a.slice(0, eq) : a;
      const known = FLAGS[sub];
      if (!(flag in known))
        return outErr(
          a.startsWith('--')
            ? `unknown flag: ${flag}`
            : `unknown shorthand flag: '${a.slice(1, 2)}' in ${a}`,
        );
      flags[flag] = [
        ...(flags[flag] ?? []),
        known[flag] ? (eq > 0 ? a.slice(eq + 1) : (args[++k] ?? '')) : '',
      ];
    }
  const has = (...names: string[]): boolean => names.some((n) => n in flags);
  const val = (...names: string[]): string | undefined =>
    names.map((n) => flags[n]?.[0]).find((v) => v !== undefined);
  if (sub === 'version') {
    if (has('--short')) return outOk(`${COMPOSE_VERSION.slice(1)}\n`);
    if (val('-f', '--format') === 'json') return outOk(`{"version":"${COMPOSE_VERSION}"}\n`);
    return outOk(`Docker Compose version ${COMPOSE_VERSION}\n`);
  }
  if (sub === 'ls') return ls(ctx, has('-a', '--all'));
  const named = sub === 'up' || sub === 'build' ? positional : [];
  const p = loadProject(ctx.state, {
    files,
    projectName: project,
    profiles,
    envFile,
    named,
    shellEnv: ctx.state.vars,
  });
  if (typeof p === 'string') return outErr(p);
  switch (sub) {
    case 'up': {
      const scale: Record<string, number> = {};
      for (const sc of flags['--scale'] ?? []) {
        const [svc, n] = sc.split('=');
        scale[svc] = Number(n);
      }
      return up(ctx, p, {
        detach: has('-d', '--detach'),
        build: has('--build'),
        wait: has('--wait'),
        scale,
        services: positional,
      });
    }
    case 'ps':
      return ps(
        ctx,
        p,
        has('-a', '--all'),
        has('-q', '--quiet'),
        has('--services'),
        val('--format'),
      );
    case 'logs': {
      const list = forServices(ctx, p, positional);
      if (typeof list === 'string') return outErr(list);
      const tail = val('--tail', '-n');
      const out = new Printer().out(
        prefixedLogs(
          byServiceOrder(p, list),
          tail === undefined || tail === 'all' ? -1 : Number(tail),
        ),
      );
      if (has('-f', '--follow'))
        out.err(
          `${msg.PLAYGROUND_NOTE_PREFIX}실제로는 -f가 새 로그를 기다리며 Ctrl+C까지 돌아오지 않습니다. 여기서는 지금까지의 로그만 보여 줍니다.`,
        );
      return out.done();
    }
    case 'down':
      return down(ctx, p, has('-v', '--volumes'), val('--rmi') ?? null);
    case 'stop':
    case 'start':
    case 'restart':
      return stopStart(ctx, p, sub, positional);
    case 'build': {
      const progress = new Progress();
      const services = selected(p, positional).filter((s) => s.build);
      const r = prepareImages(ctx, p, services, progress, true);
      return {
        stdout: '',
        stderr: `${r.stderr}${progress.screen('build')}${r.error ? `${r.error}\n` : ''}`,
        exitCode: r.error ? 1 : 0,
      };
    }
    case 'config':
      if (has('--services')) return outOk(p.services.map((s) => `${s.name}\n`).join(''));
      if (has('--volumes')) return outOk(p.volumes.map((v) => `${v}\n`).join(''));
      if (has('--profiles'))
        return outOk(
          [...new Set(p.services.flatMap((s) => s.profiles))]
            .sort()
            .map((x) => `${x}\n`)
            .join(''),
        );
      if (has('-q', '--quiet')) return outOk();
      return outOk(toYaml({name: p.name, ...p.model}));
    case 'exec':
      return exec(ctx, p, args);
    case 'run':
      return run(ctx, p, args);
    default: {
      // watch: `up` first, then Compose waits for file changes (cmd/compose/watch.go).
      const r = up(ctx, p, {detach: true, build: false, wait: false, scale: {}, services: []});
      if (r.exitCode !== 0) return r;
      return new Printer()
        .err(r.stderr)
        .out('Watch enabled\n')
        .err(
          `${msg.PLAYGROUND_NOTE_PREFIX}실제로는 파일이 바뀌기를 기다리며 Ctrl+C까지 돌아오지 않습니다. 여기서는 서비스를 띄운 뒤 바로 돌아옵니다.`,
        )
        .done();
    }
  }
}
