/**
 * `docker compose up -d | ps | logs | down` for a compose.yaml in the current directory,
 * printed in the style of docker/compose v2 (tty progress, final state).
 */
import {
  createNetwork,
  createVolume,
  findImage,
  findNetwork,
  isError,
  pullImage,
  volumeUsers,
} from '../daemon';
import {ellipsis, goQuote, humanDuration, tabwrite} from '../format';
import * as msg from '../messages';
import {
  createContainer,
  removeContainerRecord,
  startContainer,
  stopContainer,
  type MountSpec,
} from '../runtime';
import {parseYaml, YamlError, type YamlValue} from '../yaml';
import type {ContainerRecord, EngineState, PortBinding} from '../state';
import {HOST_HOME} from '../state';
import {basename, isFile, resolvePath} from '../vfs';
import {outErr, type Ctx} from './common';
import {commandString, displayablePorts, apiPorts, statusText} from './containers';
import type {Output} from '../cli';

interface Service {
  name: string;
  image: string;
  ports: string[];
  environment: string[];
  volumes: string[];
  command: string[] | null;
  dependsOn: string[];
  restart: string;
  containerName: string | null;
}

interface Project {
  name: string;
  dir: string;
  services: Service[];
  volumes: string[];
}

const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

const asList = (v: YamlValue | undefined): string[] => {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.map((x) => String(x));
  if (typeof v === 'object')
    return Object.entries(v).map(([k, x]) => (x === null ? k : `${k}=${String(x)}`));
  return [String(v)];
};

function loadProject(
  state: EngineState,
  fileFlag: string | undefined,
  projectFlag: string | undefined,
): Project | string {
  const dir = state.cwd;
  const file = fileFlag
    ? resolvePath(dir, fileFlag, HOST_HOME)
    : COMPOSE_FILES.map((f) => `${dir === '/' ? '' : dir}/${f}`).find((f) => isFile(state.host, f));
  if (!file || !isFile(state.host, file))
    return fileFlag
      ? `open ${file}: no such file or directory`
      : 'no configuration file provided: not found';
  let doc: YamlValue;
  try {
    doc = parseYaml(state.host.files[file]);
  } catch (e) {
    return e instanceof YamlError
      ? `${e.message.replace(/^yaml:/, `yaml: unmarshal errors:\n ${basename(file)}:`)}`
      : String(e);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    return `${basename(file)}: top-level object must be a mapping`;
  const services = doc.services;
  if (!services || typeof services !== 'object' || Array.isArray(services))
    return 'no service selected';
  const out: Service[] = [];
  for (const [name, raw] of Object.entries(services)) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
      return `service "${name}" must be a mapping`;
    if (typeof raw.image !== 'string')
      return `service "${name}" has neither an image nor a build context specified: invalid compose project`;
    const command =
      raw.command === undefined || raw.command === null
        ? null
        : Array.isArray(raw.command)
          ? raw.command.map(String)
          : String(raw.command).split(/\s+/);
    out.push({
      name,
      image: raw.image,
      ports: asList(raw.ports),
      environment: asList(raw.environment),
      volumes: asList(raw.volumes),
      command,
      dependsOn: Array.isArray(raw.depends_on)
        ? raw.depends_on.map(String)
        : raw.depends_on && typeof raw.depends_on === 'object'
          ? Object.keys(raw.depends_on)
          : [],
      restart: typeof raw.restart === 'string' ? raw.restart : 'no',
      containerName: typeof raw.container_name === 'string' ? raw.container_name : null,
    });
  }
  // dependency order
  const ordered: Service[] = [];
  const visit = (s: Service, depth: number): void => {
    if (ordered.includes(s) || depth > 20) return;
    for (const d of s.dependsOn) {
      const dep = out.find((x) => x.name === d);
      if (dep) visit(dep, depth + 1);
    }
    ordered.push(s);
  };
  out.forEach((s) => visit(s, 0));
  const name = (projectFlag ?? (typeof doc.name === 'string' ? doc.name : basename(dir) || 'root'))
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '');
  const volumes =
    doc.volumes && typeof doc.volumes === 'object' && !Array.isArray(doc.volumes)
      ? Object.keys(doc.volumes)
      : [];
  return {name, dir, services: ordered, volumes};
}

/** One event of compose's progress display (docker/compose v2.36.2 pkg/progress/event.go). */
interface ProgressEvent {
  id: string;
  /** Event.Text: e.g. 'Pulled' for a service pull; '' for container/network/volume events. */
  text: string;
  /** Event.StatusText: 'Created', 'Started', 'Removed', ... */
  statusText: string;
  parent?: string;
  secs: number;
  error?: boolean;
}

/**
 * The final screen of compose's TTY progress writer: docker/compose v2.36.2
 * pkg/progress/tty.go print() + lineText() + align(), for an 80-column terminal.
 */
export function composeProgress(
  title: string,
  events: readonly ProgressEvent[],
  width = 80,
): string {
  const len = (s: string): number => [...s].length;
  const done = events.filter((e) => !e.error).length;
  let statusPadding = 0;
  for (const e of events) {
    const l = len(`${e.id} ${e.text}`);
    if (statusPadding < l) statusPadding = l;
    if (e.parent) statusPadding -= 2;
  }
  const line = (e: ProgressEvent, pad: string): string => {
    const txt = `${e.id} ${e.text}`;
    const padding = Math.max(0, statusPadding - len(txt));
    const text = `${pad} ${e.error ? '✘' : '✔'} ${txt}${' '.repeat(padding)} ${e.statusText}`;
    const timer = `${e.secs.toFixed(1)}s `;
    return `${text}${' '.repeat(Math.max(0, width - len(text) - len(timer)))}${timer}\n`;
  };
  let out = `[+] ${title} ${done}/${events.length}\n`;
  for (const e of events) {
    if (e.parent) continue;
    out += line(e, '');
    for (const c of events) if (c.parent === e.id) out += line(c, '  ');
  }
  return out;
}

function projectContainers(state: EngineState, project: string): ContainerRecord[] {
  return state.containers.filter((c) => c.labels['com.docker.compose.project'] === project);
}

function up(ctx: Ctx, p: Project, detach: boolean): Output {
  const s = ctx.state;
  const progress: ProgressEvent[] = [];
  const set = (e: ProgressEvent): void => {
    const i = progress.findIndex((x) => x.id === e.id && x.parent === e.parent);
    if (i >= 0) progress[i] = e;
    else progress.push(e);
  };
  for (const svc of p.services) {
    if (findImage(s, svc.image)) continue;
    const r = pullImage(s, svc.image);
    if (isError(r)) {
      set({id: svc.name, text: 'Error', statusText: r.message, secs: 1.2, error: true});
      return {
        stdout: '',
        stderr: `${composeProgress('Running', progress)}Error response from daemon: ${r.message}\n`,
        exitCode: 1,
      };
    }
    set({id: svc.name, text: 'Pulled', statusText: '', secs: 3.2});
    for (const layer of r.image.layers)
      set({
        id: layer.slice(0, 12),
        text: 'Pull complete',
        statusText: '',
        parent: svc.name,
        secs: 1.1,
      });
  }
  const netName = `${p.name}_default`;
  if (!findNetwork(s, netName)) {
    createNetwork(s, netName, 'bridge', ctx.now());
    set({id: `Network ${netName}`, text: '', statusText: 'Created', secs: 0.1});
  }
  for (const v of p.volumes) {
    const full = `${p.name}_${v}`;
    if (!s.volumes.some((x) => x.name === full)) {
      createVolume(s, full, ctx.now(), {
        'com.docker.compose.project': p.name,
        'com.docker.compose.volume': v,
      });
      set({id: `Volume "${full}"`, text: '', statusText: 'Created', secs: 0.0});
    }
  }
  for (const svc of p.services) {
    const cname = svc.containerName ?? `${p.name}-${svc.name}-1`;
    let c = s.containers.find((x) => x.name === cname);
    if (c && c.labels['com.docker.compose.project'] !== p.name)
      return outErr(msg.fromDaemon(msg.nameConflict(cname, c.id)));
    if (c && (c.state === 'running' || c.state === 'paused')) {
      set({id: `Container ${cname}`, text: '', statusText: 'Running', secs: 0.0});
      continue;
    }
    if (!c) {
      const image = findImage(s, svc.image);
      if (!image) return outErr(`pull failed for ${svc.image}`);
      const ports: PortBinding[] = [];
      for (const spec of svc.ports) {
        const parts = spec.split(':');
        const [cp, proto] = (parts[parts.length - 1] ?? '').split('/');
        ports.push({
          containerPort: Number(cp),
          proto: proto === 'udp' ? 'udp' : 'tcp',
          hostIp: parts.length > 2 ? parts[0] : '',
          hostPort: parts.length > 1 ? Number(parts[parts.length - 2]) : 0,
        });
      }
      const mounts: MountSpec[] = svc.volumes.map((v) => {
        const [src, dst, mode] = v.split(':');
        if (dst === undefined)
          return {type: 'volume', source: '', destination: src, readOnly: false};
        if (src.startsWith('.') || src.startsWith('/'))
          return {
            type: 'bind',
            source: resolvePath(p.dir, src),
            destination: dst,
            readOnly: mode === 'ro',
          };
        return {
          type: 'volume',
          source: p.volumes.includes(src) ? `${p.name}_${src}` : src,
          destination: dst,
          readOnly: mode === 'ro',
        };
      });
      const created = createContainer(s, ctx.now(), {
        name: cname,
        image,
        imageInput: svc.image,
        cmd: svc.command,
        entrypoint: null,
        env: svc.environment,
        ports,
        publishAll: false,
        mounts,
        network: netName,
        restart: {
          name:
            svc.restart === 'always' ||
            svc.restart === 'unless-stopped' ||
            svc.restart === 'on-failure'
              ? svc.restart
              : 'no',
          maximumRetryCount: 0,
        },
        autoRemove: false,
        tty: false,
        interactive: false,
        workdir: null,
        hostname: null,
        labels: {
          'com.docker.compose.project': p.name,
          'com.docker.compose.service': svc.name,
          'com.docker.compose.container-number': '1',
          'com.docker.compose.oneoff': 'False',
        },
      });
      if (isError(created)) return outErr(msg.fromDaemon(created.message));
      c = created;
      c.networks[netName].aliases = [cname, svc.name];
      set({id: `Container ${cname}`, text: '', statusText: 'Created', secs: 0.1});
    }
    const r = startContainer(s, c, ctx.now(), false);
    if (isError(r)) {
      set({id: `Container ${cname}`, text: '', statusText: 'Error', secs: 0.3, error: true});
      return {
        stdout: '',
        stderr: `${composeProgress('Running', progress)}Error response from daemon: ${r.message}\n`,
        exitCode: 1,
      };
    }
    set({id: `Container ${cname}`, text: '', statusText: 'Started', secs: 0.4});
  }
  let stderr = composeProgress('Running', progress);
  if (!detach)
    stderr += `${msg.PLAYGROUND_NOTE_PREFIX}실제로는 서비스 로그를 계속 보여 주며 Ctrl+C까지 기다립니다. 여기서는 -d처럼 백그라운드에서 실행합니다.\n`;
  return {stdout: '', stderr, exitCode: 0};
}

function ps(ctx: Ctx, p: Project, all: boolean): Output {
  const now = ctx.now();
  const list = projectContainers(ctx.state, p.name)
    .filter((c) => all || c.state === 'running' || c.state === 'paused' || c.state === 'restarting')
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const rows = [['NAME', 'IMAGE', 'COMMAND', 'SERVICE', 'CREATED', 'STATUS', 'PORTS']];
  for (const c of list) {
    rows.push([
      c.name,
      c.image,
      goQuote(ellipsis(commandString(c), 20)),
      c.labels['com.docker.compose.service'] ?? '',
      `${humanDuration(now - c.created)} ago`,
      statusText(c, now),
      displayablePorts(apiPorts(c)),
    ]);
  }
  return {stdout: tabwrite(rows, 10, 3), stderr: '', exitCode: 0};
}

function logs(ctx: Ctx, p: Project, services: string[]): Output {
  const list = projectContainers(ctx.state, p.name).filter(
    (c) => services.length === 0 || services.includes(c.labels['com.docker.compose.service'] ?? ''),
  );
  const width = Math.max(
    0,
    ...list.map((c) => `${c.labels['com.docker.compose.service']}-1`.length),
  );
  let stdout = '';
  const entries = list
    .flatMap((c) => c.logs.map((l) => ({c, l})))
    .sort((a, b) => a.l.time - b.l.time);
  for (const {c, l} of entries)
    stdout += `${`${c.labels['com.docker.compose.service']}-1`.padEnd(width)}  | ${l.text}\n`;
  return {stdout, stderr: '', exitCode: 0};
}

function down(ctx: Ctx, p: Project, volumes: boolean): Output {
  const s = ctx.state;
  const progress: ProgressEvent[] = [];
  const list = projectContainers(s, p.name).reverse();
  for (const c of list) {
    stopContainer(s, c, ctx.now());
    if (s.containers.includes(c)) removeContainerRecord(s, c, true);
    progress.push({id: `Container ${c.name}`, text: '', statusText: 'Removed', secs: 0.3});
  }
  if (volumes) {
    for (const v of p.volumes) {
      const full = `${p.name}_${v}`;
      if (s.volumes.some((x) => x.name === full) && volumeUsers(s, full).length === 0) {
        s.volumes = s.volumes.filter((x) => x.name !== full);
        progress.push({id: `Volume ${full}`, text: '', statusText: 'Removed', secs: 0.0});
      }
    }
  }
  const netName = `${p.name}_default`;
  const net = findNetwork(s, netName);
  if (net) {
    s.networks = s.networks.filter((n) => n !== net);
    progress.push({id: `Network ${netName}`, text: '', statusText: 'Removed', secs: 0.2});
  }
  if (progress.length === 0) return {stdout: '', stderr: '', exitCode: 0};
  return {stdout: '', stderr: composeProgress('Running', progress), exitCode: 0};
}

const COMPOSE_HELP = `Usage:  docker compose [OPTIONS] COMMAND

Define and run multi-container applications with Docker

Commands:
  down        Stop and remove containers, networks
  logs        View output from containers
  ps          List containers
  up          Create and start containers

Run 'docker compose COMMAND --help' for more information on a command.
`;

/** Entry point: argv after `docker compose`. */
export function composeCommand(ctx: Ctx, argv: readonly string[]): Output {
  let file: string | undefined;
  let project: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if ((a === '-f' || a === '--file') && argv[i + 1] !== undefined) file = argv[++i];
    else if ((a === '-p' || a === '--project-name') && argv[i + 1] !== undefined)
      project = argv[++i];
    else rest.push(a);
  }
  const [sub, ...args] = rest;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help')
    return {stdout: COMPOSE_HELP, stderr: '', exitCode: 0};
  if (!['up', 'ps', 'logs', 'down'].includes(sub)) {
    if (sub.startsWith('-')) return outErr(`unknown flag: ${sub}`);
    return outErr(`unknown docker command: "compose ${sub}"`);
  }
  const known: Record<string, string[]> = {
    up: ['-d', '--detach'],
    ps: ['-a', '--all', '-q', '--quiet'],
    logs: ['-f', '--follow', '-t', '--timestamps'],
    down: ['-v', '--volumes'],
  };
  for (const a of args) {
    if (a.startsWith('-') && !known[sub].includes(a))
      return outErr(
        `unknown ${a.startsWith('--') ? 'flag' : 'shorthand flag'}: ${a.startsWith('--') ? a : `'${a.slice(1, 2)}' in ${a}`}`,
      );
  }
  const p = loadProject(ctx.state, file, project);
  if (typeof p === 'string') return outErr(p);
  switch (sub) {
    case 'up':
      return up(ctx, p, args.includes('-d') || args.includes('--detach'));
    case 'ps':
      if (args.includes('-q') || args.includes('--quiet'))
        return {
          stdout: projectContainers(ctx.state, p.name)
            .map((c) => `${c.id}\n`)
            .join(''),
          stderr: '',
          exitCode: 0,
        };
      return ps(ctx, p, args.includes('-a') || args.includes('--all'));
    case 'logs':
      return logs(
        ctx,
        p,
        args.filter((a) => !a.startsWith('-')),
      );
    default:
      return down(ctx, p, args.includes('-v') || args.includes('--volumes'));
  }
}
