/** docker volume *, network *, system df/prune, version, info and the generic `docker inspect`. */
import {CLI_PLUGINS, CLIENT, ENGINE} from '../engine-version';
import {INDEX_BLOB_SIZE} from '../image-sizes';
import {flagBool, flagList, flagString} from '../cli';
import {
  createNetwork,
  createVolume,
  findContainer,
  findImage,
  findNetwork,
  isError,
  networkUsers,
  volumeUsers,
  allocateIp,
  macFor,
  removeNetworks,
  removeVolumes,
} from '../daemon';
import {networkEvent} from '../events';
import {
  goJson,
  goStruct,
  lookup,
  humanSize,
  renderTemplate,
  tabwrite,
  TemplateError,
  type TemplateValue,
} from '../format';
import * as msg from '../messages';
import {randomHex} from '../rng';
import {removeContainerRecord} from '../runtime';
import {refreshNetworkFiles} from '../network';
import type {ContainerRecord, NetworkRecord} from '../state';
import {treeSize} from '../vfs';
import {sha256Hex} from '../sha256';
import {HOST_HOME} from '../state';
import {outErr, outOk, parseFilters, Printer, type Ctx, type Handler} from './common';
import {confirmThen} from './prompts';
import {containerPruneCmd} from './containers';
import {imagePruneCmd, printInspect} from './images';
import {containerJson, imageJson, networkJson, volumeJson} from './inspect';
import {renderRows, type FormatSpec, type Row} from './templates';

// The prune questions: docker/cli v29.7.2 cli/command/{container,image,volume,network,system}/prune.go.
const CONTINUE = '\nAre you sure you want to continue?';

/* ------------------------------------------------------------------ volumes */

const VOLUME_SPEC: FormatSpec = {
  headers: {
    Driver: 'DRIVER',
    Name: 'VOLUME NAME',
    Mountpoint: 'MOUNTPOINT',
    Scope: 'SCOPE',
    Labels: 'LABELS',
    Size: 'SIZE',
    Links: 'LINKS',
  },
  defaultTable: 'table {{.Driver}}\t{{.Name}}',
  typeName: '*formatter.volumeContext',
};

export const volumeCreateCmd: Handler = (ctx, cmd) => {
  const labels: Record<string, string> = {};
  for (const l of flagList(cmd, 'label')) labels[l.split('=')[0]] = l.split('=').slice(1).join('=');
  const name = cmd.args[0] ?? flagString(cmd, 'name') ?? null;
  if (name !== null && !/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(name)) {
    return outErr(
      msg.fromDaemon(
        `create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`,
      ),
    );
  }
  const v = createVolume(ctx.state, name, ctx.now(), labels);
  return outOk(`${v.name}\n`);
};

export const volumeLsCmd: Handler = (ctx, cmd) => {
  const filters = parseFilters(flagList(cmd, 'filter'));
  if (typeof filters === 'string') return outErr(filters);
  let vols = [...ctx.state.volumes].sort((a, b) => (a.name < b.name ? -1 : 1));
  const dangling = filters.get('dangling');
  if (dangling)
    vols = vols.filter(
      (v) => (volumeUsers(ctx.state, v.name).length === 0) === (dangling[0] === 'true'),
    );
  const names = filters.get('name');
  if (names) vols = vols.filter((v) => names.some((n) => v.name.includes(n)));
  // label=KEY or label=KEY=VALUE; every label filter must match (moby volume/service list.go).
  for (const spec of filters.get('label') ?? []) {
    const [key, ...value] = spec.split('=');
    vols = vols.filter(
      (v) => key in v.labels && (!value.length || v.labels[key] === value.join('=')),
    );
  }
  const rows: Row[] = vols.map((v) => ({
    Driver: v.driver,
    Name: v.name,
    Mountpoint: `/var/lib/docker/volumes/${v.name}/_data`,
    Scope: 'local',
    Labels: '',
    Size: 'N/A',
    Links: 'N/A',
  }));
  const r = renderRows(
    VOLUME_SPEC,
    flagString(cmd, 'format'),
    rows,
    flagBool(cmd, 'quiet') ? 'Name' : undefined,
  );
  return 'error' in r ? outErr(r.error) : outOk(r.text);
};

export const volumeRmCmd: Handler = (ctx, cmd) => {
  const p = new Printer();
  const errors: string[] = [];
  for (const name of cmd.args) {
    const v = ctx.state.volumes.find((x) => x.name === name);
    if (!v) {
      if (!flagBool(cmd, 'force')) errors.push(msg.fromDaemon(msg.noSuchVolume(name)));
      continue;
    }
    const users = volumeUsers(ctx.state, name);
    if (users.length) {
      errors.push(
        msg.fromDaemon(
          msg.volumeInUse(
            name,
            users.map((c) => c.id),
          ),
        ),
      );
      continue;
    }
    removeVolumes(ctx.state, [v], ctx.now());
    p.line(name);
  }
  for (const e of errors) p.err(e);
  return p.code(errors.length ? 1 : 0).done();
};

export const volumeInspectCmd: Handler = (ctx, cmd) => {
  const objs: {[k: string]: TemplateValue}[] = [];
  const errors: string[] = [];
  for (const name of cmd.args) {
    const v = ctx.state.volumes.find((x) => x.name === name);
    if (v) objs.push(volumeJson(v));
    else errors.push(msg.fromDaemon(msg.noSuchVolume(name)));
  }
  return printInspect(objs, flagString(cmd, 'format'), errors, 'volume.Volume');
};

export const volumePruneCmd: Handler = (ctx, cmd) => {
  const all = flagBool(cmd, 'all');
  const warning = all
    ? 'WARNING! This will remove all local volumes not used by at least one container.'
    : 'WARNING! This will remove anonymous local volumes not used by at least one container.';
  return confirmThen(ctx, flagBool(cmd, 'force'), warning + CONTINUE, () => pruneVolumes(ctx, all));
};

function pruneVolumes(ctx: Ctx, all: boolean): ReturnType<Handler> {
  const victims = ctx.state.volumes.filter(
    (v) => (all || v.anonymous) && volumeUsers(ctx.state, v.name).length === 0,
  );
  const p = new Printer();
  let size = 0;
  if (victims.length) {
    p.line('Deleted Volumes:');
    for (const v of victims) {
      size += treeSize(v.files);
      p.line(v.name);
    }
    p.line('');
  }
  removeVolumes(ctx.state, victims, ctx.now());
  return p.line(msg.totalReclaimed(humanSize(size))).done();
}

/* ------------------------------------------------------------------ networks */

const NETWORK_SPEC: FormatSpec = {
  headers: {
    ID: 'NETWORK ID',
    Name: 'NAME',
    Driver: 'DRIVER',
    Scope: 'SCOPE',
    IPv6: 'IPV6',
    Internal: 'INTERNAL',
    Labels: 'LABELS',
    CreatedAt: 'CREATED AT',
  },
  defaultTable: 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}',
  typeName: '*formatter.networkContext',
};

export const networkLsCmd: Handler = (ctx, cmd) => {
  const trunc = !flagBool(cmd, 'no-trunc');
  const rows: Row[] = [...ctx.state.networks]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((n) => ({
      ID: trunc ? n.id.slice(0, 12) : n.id,
      Name: n.name,
      Driver: n.driver,
      Scope: 'local',
      IPv6: 'false',
      Internal: String(n.internal),
      Labels: '',
      CreatedAt: new Date(n.created).toISOString(),
    }));
  const r = renderRows(
    NETWORK_SPEC,
    flagString(cmd, 'format'),
    rows,
    flagBool(cmd, 'quiet') ? 'ID' : undefined,
  );
  return 'error' in r ? outErr(r.error) : outOk(r.text);
};

export const networkCreateCmd: Handler = (ctx, cmd) => {
  const name = cmd.args[0];
  if (ctx.state.networks.some((n) => n.name === name))
    return outErr(msg.fromDaemon(msg.networkExists(name)));
  const driver = flagString(cmd, 'driver') ?? 'bridge';
  if (driver !== 'bridge')
    return outErr(msg.fromDaemon(`플레이그라운드는 bridge 드라이버만 지원합니다: ${driver}`));
  return outOk(`${createNetwork(ctx.state, name, 'bridge', ctx.now()).id}\n`);
};

export const networkRmCmd: Handler = (ctx, cmd) => {
  const p = new Printer();
  const errors: string[] = [];
  for (const ref of cmd.args) {
    const n = findNetwork(ctx.state, ref);
    if (!n) {
      if (!flagBool(cmd, 'force')) errors.push(msg.fromDaemon(msg.networkNotFound(ref)));
      continue;
    }
    if (n.builtin) {
      errors.push(msg.fromDaemon(msg.predefinedNetwork(n.name)));
      continue;
    }
    const users = networkUsers(ctx.state, n);
    if (users.length) {
      errors.push(
        msg.fromDaemon(
          msg.networkActiveEndpoints(
            n.name,
            users.map((c) => ({name: c.name, id: c.networks[n.name].endpointId || c.id})),
          ),
        ),
      );
      continue;
    }
    for (const c of ctx.state.containers) delete c.networks[n.name];
    removeNetworks(ctx.state, [n], ctx.now());
    p.line(ref);
  }
  for (const e of errors) p.err(e);
  return p.code(errors.length ? 1 : 0).done();
};

export const networkInspectCmd: Handler = (ctx, cmd) => {
  const objs: {[k: string]: TemplateValue}[] = [];
  const errors: string[] = [];
  for (const ref of cmd.args) {
    const n = findNetwork(ctx.state, ref);
    if (n) objs.push(networkJson(ctx.state, n));
    else errors.push(msg.fromDaemon(msg.networkNotFound(ref)));
  }
  return printInspect(objs, flagString(cmd, 'format'), errors, 'network.Inspect');
};

/** The network and the container of `docker network connect|disconnect NETWORK CONTAINER`. */
function networkAndContainer(
  ctx: Ctx,
  cmd: Parameters<Handler>[1],
): {n: NetworkRecord; c: ContainerRecord} | ReturnType<Handler> {
  const [netRef, cRef] = cmd.args;
  const n = findNetwork(ctx.state, netRef);
  if (!n) return outErr(msg.fromDaemon(msg.networkNotFound(netRef)));
  const c = findContainer(ctx.state, cRef);
  if (isError(c)) return outErr(msg.fromDaemon(c.message));
  return {n, c};
}

export const networkConnectCmd: Handler = (ctx, cmd) => {
  const found = networkAndContainer(ctx, cmd);
  if ('exitCode' in found) return found;
  const {n, c} = found;
  if (c.networks[n.name]) return outErr(msg.fromDaemon(msg.alreadyConnected(c.name, n.name)));
  const live = c.state === 'running' || c.state === 'paused';
  const ip = live ? allocateIp(n, ctx.state) : '';
  c.networks[n.name] = {
    networkId: n.id,
    endpointId: live ? randomHex(ctx.state.rng, 64) : '',
    ip,
    mac: macFor(ip),
    aliases: flagList(cmd, 'alias'),
  };
  if (live) {
    refreshNetworkFiles(ctx.state, c);
    networkEvent(ctx.state, n, 'connect', ctx.now(), {container: c.id});
  }
  return outOk();
};

export const networkDisconnectCmd: Handler = (ctx, cmd) => {
  const found = networkAndContainer(ctx, cmd);
  if ('exitCode' in found) return found;
  const {n, c} = found;
  if (!c.networks[n.name]) return outErr(msg.fromDaemon(msg.notConnected(c.id, n.name)));
  delete c.networks[n.name];
  if (c.state === 'running' || c.state === 'paused') {
    refreshNetworkFiles(ctx.state, c);
    networkEvent(ctx.state, n, 'disconnect', ctx.now(), {container: c.id});
  }
  return outOk();
};

export const networkPruneCmd: Handler = (ctx, cmd) =>
  confirmThen(
    ctx,
    flagBool(cmd, 'force'),
    `WARNING! This will remove all custom networks not used by at least one container.${CONTINUE}`,
    () => pruneNetworks(ctx),
  );

function pruneNetworks(ctx: Ctx): ReturnType<Handler> {
  const victims = ctx.state.networks.filter(
    (n) => !n.builtin && !ctx.state.containers.some((c) => c.networks[n.name]),
  );
  removeNetworks(ctx.state, victims, ctx.now());
  return outOk(
    victims.length ? `Deleted Networks:\n${victims.map((n) => `${n.name}\n`).join('')}\n` : '',
  );
}

/* ------------------------------------------------------------------ system */

export const ENGINE_VERSION = ENGINE.version;

// docker/cli v29.7.2 cli/command/system/version.go defaultVersionTemplate, written through
// tabwriter.NewWriter(out, 20, 1, 1, ' ', 0): every label cell is padded to 20 columns.
/**
 * `docker version --format`: the template sees docker/cli v29.7.2 cli/command/system/version.go
 * versionInfo (Client: clientVersion; Server: moby api/types/system.VersionResponse), by Go
 * field name.
 */
function versionData(): TemplateValue {
  return goStruct({
    Client: goStruct({
      Platform: goStruct({Name: ''}),
      Version: CLIENT.version,
      APIVersion: CLIENT.apiVersion,
      DefaultAPIVersion: CLIENT.apiVersion,
      GitCommit: CLIENT.gitCommit,
      GoVersion: CLIENT.goVersion,
      Os: ENGINE.os,
      Arch: ENGINE.arch,
      BuildTime: CLIENT.built,
      Context: 'default',
    }),
    Server: goStruct({
      Platform: goStruct({Name: 'Docker Engine - Community'}),
      Components: [
        goStruct({Name: 'Engine', Version: ENGINE_VERSION}),
        goStruct({Name: 'containerd', Version: ENGINE.containerd.version}),
        goStruct({Name: 'runc', Version: ENGINE.runc.version}),
        goStruct({Name: 'docker-init', Version: ENGINE.dockerInit.version}),
      ],
      Version: ENGINE_VERSION,
      APIVersion: ENGINE.apiVersion,
      MinAPIVersion: ENGINE.minApiVersion,
      GitCommit: ENGINE.gitCommit,
      GoVersion: ENGINE.goVersion,
      Os: ENGINE.os,
      Arch: ENGINE.arch,
      KernelVersion: ENGINE.kernelVersion,
      BuildTime: ENGINE.buildTime,
    }),
  });
}

/** A `--format` template over one value, as the CLI's single-object commands print it. */
function formatOne(format: string, value: TemplateValue, typeName: string) {
  const raw = format.replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  try {
    if (raw === 'json') return outOk(`${goJson(value)}\n`);
    return outOk(`${renderTemplate(raw, (path) => lookup(value, path), typeName)}\n`);
  } catch (e) {
    return outErr(e instanceof TemplateError ? e.message : String(e));
  }
}

export const versionCmd: Handler = (_ctx, cmd) => {
  const format = flagString(cmd, 'format');
  if (format) return formatOne(format, versionData(), 'main.versionInfo');
  const clientPart = [
    'Client:',
    [' Version:', CLIENT.version],
    [' API version:', CLIENT.apiVersion],
    [' Go version:', CLIENT.goVersion],
    [' Git commit:', CLIENT.gitCommit],
    [' Built:', CLIENT.built],
    [' OS/Arch:', `${ENGINE.os}/${ENGINE.arch}`],
    [' Context:', 'default'],
  ]
    .map((l) => (Array.isArray(l) ? l[0].padEnd(20) + l[1] : l))
    .join('\n');
  const server = [
    'Server: Docker Engine - Community',
    ' Engine:',
    ['  Version:', ENGINE_VERSION],
    ['  API version:', `${ENGINE.apiVersion} (minimum version ${ENGINE.minApiVersion})`],
    ['  Go version:', ENGINE.goVersion],
    ['  Git commit:', ENGINE.gitCommit],
    ['  Built:', ENGINE.built],
    ['  OS/Arch:', `${ENGINE.os}/${ENGINE.arch}`],
    ['  Experimental:', 'false'],
    ' containerd:',
    ['  Version:', ENGINE.containerd.version],
    ['  GitCommit:', ENGINE.containerd.gitCommit],
    ' runc:',
    ['  Version:', ENGINE.runc.version],
    ['  GitCommit:', ENGINE.runc.gitCommit],
    ' docker-init:',
    ['  Version:', ENGINE.dockerInit.version],
    ['  GitCommit:', ENGINE.dockerInit.gitCommit],
  ]
    .map((l) => (Array.isArray(l) ? l[0].padEnd(20) + l[1] : l))
    .join('\n');
  return outOk(`${clientPart}\n\n${server}\n`);
};

export const infoCmd: Handler = (ctx, cmd) => {
  const s = ctx.state;
  const running = s.containers.filter(
    (c) => c.state === 'running' || c.state === 'restarting',
  ).length;
  const paused = s.containers.filter((c) => c.state === 'paused').length;
  const format = flagString(cmd, 'format');
  if (format) {
    // moby docker-v29.7.2 api/types/system.Info, the fields the text below shows, by Go name.
    const info = goStruct({
      ID: '3d5e9a6b-7c1f-4b0e-9a2d-6f8e1c4b2a70',
      Containers: s.containers.length,
      ContainersRunning: running,
      ContainersPaused: paused,
      ContainersStopped: s.containers.length - running - paused,
      Images: s.images.length,
      Driver: 'overlayfs',
      DriverStatus: [['driver-type', 'io.containerd.snapshotter.v1']],
      LoggingDriver: 'json-file',
      CgroupDriver: 'systemd',
      CgroupVersion: '2',
      KernelVersion: ENGINE.kernelVersion,
      OperatingSystem: 'Ubuntu 24.04.2 LTS',
      OSType: 'linux',
      Architecture: 'x86_64',
      NCPU: 4,
      MemTotal: 8218214400,
      DockerRootDir: '/var/lib/docker',
      Name: 'playground',
      ServerVersion: ENGINE_VERSION,
      DefaultRuntime: 'runc',
      LiveRestoreEnabled: false,
      SecurityOptions: ['name=apparmor', 'name=seccomp,profile=builtin', 'name=cgroupns'],
      Swarm: goStruct({LocalNodeState: 'inactive'}),
    });
    return formatOne(format, info, 'system.Info');
  }
  const lines = [
    // docker/cli v29.7.2 cli/command/system/info.go prettyPrintClientInfo (fmt.Fprintln adds
    // the space after each label) and the two plugins' metadata.
    'Client:',
    ` Version:    ${CLIENT.version}`,
    ' Context:    default',
    ' Debug Mode: false',
    ' Plugins:',
    ...CLI_PLUGINS.flatMap((p) => [
      `  ${p.name}: ${p.description} (Docker Inc.)`,
      `    Version:  ${p.version}`,
      `    Path:     /usr/libexec/docker/cli-plugins/docker-${p.name}`,
    ]),
    '',
    'Server:',
    ` Containers: ${s.containers.length}`,
    `  Running: ${running}`,
    `  Paused: ${paused}`,
    `  Stopped: ${s.containers.length - running - paused}`,
    ` Images: ${s.images.length}`,
    ` Server Version: ${ENGINE_VERSION}`,
    // moby docker-v29.7.2 daemon/containerd/service.go StorageDriver (the snapshotter) and
    // LayerStoreStatus (driver-type only)
    ' Storage Driver: overlayfs',
    '  driver-type: io.containerd.snapshotter.v1',
    ' Logging Driver: json-file',
    ' Cgroup Driver: systemd',
    ' Cgroup Version: 2',
    ' Plugins:',
    '  Volume: local',
    '  Network: bridge host ipvlan macvlan null overlay',
    '  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog',
    ' Swarm: inactive',
    ' Runtimes: io.containerd.runc.v2 runc',
    ' Default Runtime: runc',
    ' Init Binary: docker-init',
    ` containerd version: ${ENGINE.containerd.gitCommit}`,
    ` runc version: ${ENGINE.runc.gitCommit}`,
    ` init version: ${ENGINE.dockerInit.gitCommit}`,
    ' Security Options:',
    '  apparmor',
    '  seccomp',
    '   Profile: builtin',
    '  cgroupns',
    ` Kernel Version: ${ENGINE.kernelVersion}`,
    ' Operating System: Ubuntu 24.04.2 LTS',
    ' OSType: linux',
    ' Architecture: x86_64',
    ' CPUs: 4',
    ' Total Memory: 7.654GiB',
    ' Name: playground',
    ' ID: 3d5e9a6b-7c1f-4b0e-9a2d-6f8e1c4b2a70',
    ' Docker Root Dir: /var/lib/docker',
    ' Debug Mode: false',
    ' Experimental: false',
    ' Insecure Registries:',
    '  ::1/128',
    '  127.0.0.0/8',
    ' Live Restore Enabled: false',
    // moby docker-v29.7.2 daemon/libnetwork/controller_linux.go FirewallBackend (iptables, and
    // the userland proxy that is on by default, listed since 29.5)
    ' Firewall Backend: iptables',
    '  EnableUserlandProxy: true',
    '',
  ];
  return outOk(`${lines.join('\n')}\n`);
};

export const systemDfCmd: Handler = (ctx, cmd) => {
  const s = ctx.state;
  const usedImages = new Set(s.containers.map((c) => c.imageId));
  // Docker 29 (containerd store): the daemon sums the content store and the snapshots, index
  // blobs included (moby docker-v29.7.2 daemon/containerd/service.go ImageDiskUsage); RECLAIMABLE
  // is the unused images' own Size.
  const imgSize = s.images.reduce(
    (a, i) => a + i.size + (i.repoDigests.length ? INDEX_BLOB_SIZE : 0),
    0,
  );
  const imgReclaim = s.images.filter((i) => !usedImages.has(i.id)).reduce((a, i) => a + i.size, 0);
  // docker/cli v29.7.2 cli/command/formatter/disk_usage.go: units.HumanSize (4 digits), the
  // percentage by integer division, and none when the total is 0.
  const size = (n: number): string => humanSize(n, 4);
  const reclaimable = (a: number, b: number): string =>
    b > 0 ? `${size(a)} (${Math.floor((a * 100) / b)}%)` : size(a);
  const ctrSize = (c: (typeof s.containers)[number]): number =>
    Math.max(
      0,
      treeSize(c.rootfs) -
        (s.images.find((i) => i.id === c.imageId)
          ? treeSize(s.images.find((i) => i.id === c.imageId)!.files)
          : 0),
    ) + (c.logs.length ? 1090 : 0);
  const cSize = s.containers.reduce((a, c) => a + ctrSize(c), 0);
  const cReclaim = s.containers
    .filter((c) => c.state !== 'running' && c.state !== 'paused')
    .reduce((a, c) => a + ctrSize(c), 0);
  const vSize = s.volumes.reduce((a, v) => a + treeSize(v.files), 0);
  const vUsed = s.volumes.filter((v) => volumeUsers(s, v.name).length > 0);
  const vReclaim = s.volumes
    .filter((v) => !vUsed.includes(v))
    .reduce((a, v) => a + treeSize(v.files), 0);
  if (flagBool(cmd, 'verbose'))
    return outErr(`${msg.PLAYGROUND_NOTE_PREFIX}-v 자세히 보기는 지원하지 않습니다.`);
  const rows = [
    ['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE'],
    [
      'Images',
      String(s.images.length),
      String(s.images.filter((i) => usedImages.has(i.id)).length),
      size(imgSize),
      reclaimable(imgReclaim, imgSize),
    ],
    [
      'Containers',
      String(s.containers.length),
      String(s.containers.filter((c) => c.state === 'running' || c.state === 'paused').length),
      size(cSize),
      reclaimable(cReclaim, cSize),
    ],
    [
      'Local Volumes',
      String(s.volumes.length),
      String(vUsed.length),
      size(vSize),
      reclaimable(vReclaim, vSize),
    ],
    [
      'Build Cache',
      s.buildCacheSize ? '4' : '0',
      '0',
      size(s.buildCacheSize),
      size(s.buildCacheSize),
    ],
  ];
  return outOk(tabwrite(rows, 10, 3));
};

export const systemPruneCmd: Handler = (ctx, cmd) => {
  const all = flagBool(cmd, 'all');
  const volumes = flagBool(cmd, 'volumes');
  const warning = `WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n${volumes ? '  - all anonymous volumes not used by at least one container\n' : ''}  - ${all ? 'all images without at least one container associated to them' : 'all dangling images'}\n  - ${all ? 'all build cache' : 'unused build cache'}\n`;
  return confirmThen(ctx, flagBool(cmd, 'force'), `${warning}${CONTINUE}`, () =>
    pruneSystem(ctx, cmd, all, volumes),
  );
};

function pruneSystem(
  ctx: Ctx,
  cmd: Parameters<Handler>[1],
  all: boolean,
  volumes: boolean,
): ReturnType<Handler> {
  const p = new Printer();
  const stopped = ctx.state.containers.filter(
    (c) => c.state === 'exited' || c.state === 'created' || c.state === 'dead',
  );
  if (stopped.length)
    p.line('Deleted Containers:')
      .out(stopped.map((c) => `${c.id}\n`).join(''))
      .line('');
  for (const c of stopped) removeContainerRecord(ctx.state, c, false, ctx.now());
  const nets = ctx.state.networks.filter(
    (n) => !n.builtin && !ctx.state.containers.some((c) => c.networks[n.name]),
  );
  if (nets.length)
    p.line('Deleted Networks:')
      .out(nets.map((n) => `${n.name}\n`).join(''))
      .line('');
  removeNetworks(ctx.state, nets, ctx.now());
  if (volumes) {
    const vols = ctx.state.volumes.filter(
      (v) => v.anonymous && volumeUsers(ctx.state, v.name).length === 0,
    );
    if (vols.length)
      p.line('Deleted Volumes:')
        .out(vols.map((v) => `${v.name}\n`).join(''))
        .line('');
    removeVolumes(ctx.state, vols, ctx.now());
  }
  const images = imagePruneCmd(ctx, {...cmd, flags: {all: [String(all)], force: ['true']}});
  const body = images.stdout.split('\n');
  const total = body.filter((l) => l.startsWith('Total reclaimed space'));
  p.out(
    body
      .filter((l) => !l.startsWith('Total reclaimed space'))
      .join('\n')
      .replace(/\n+$/, '\n')
      .replace(/^\n$/, ''),
  );
  if (ctx.state.buildCacheSize) {
    p.line(`Deleted build cache objects:\n${randomHex(ctx.state.rng, 25)}\n`);
    ctx.state.buildCacheSize = 0;
  }
  return p.out(`${total[0] ?? msg.totalReclaimed('0B')}\n`).done();
}

export {containerPruneCmd};

export const containerPruneGuarded: Handler = (ctx, cmd) =>
  confirmThen(
    ctx,
    flagBool(cmd, 'force'),
    `WARNING! This will remove all stopped containers.${CONTINUE}`,
    () => containerPruneCmd(ctx, cmd),
  );

export const imagePruneGuarded: Handler = (ctx, cmd) =>
  confirmThen(
    ctx,
    flagBool(cmd, 'force'),
    (flagBool(cmd, 'all')
      ? 'WARNING! This will remove all images without at least one container associated to them.'
      : 'WARNING! This will remove all dangling images.') + CONTINUE,
    () => imagePruneCmd(ctx, cmd),
  );

/** docker inspect: containers, then images, volumes and networks. */
export const inspectCmd: Handler = (ctx, cmd) => {
  const type = flagString(cmd, 'type');
  const objs: {[k: string]: TemplateValue}[] = [];
  const errors: string[] = [];
  for (const ref of cmd.args) {
    const c = type && type !== 'container' ? null : findContainer(ctx.state, ref);
    if (c && !isError(c)) {
      objs.push(containerJson(ctx.state, c, ctx.now()));
      continue;
    }
    const img = type && type !== 'image' ? undefined : findImage(ctx.state, ref);
    if (img) {
      objs.push(imageJson(img));
      continue;
    }
    const v = type && type !== 'volume' ? undefined : ctx.state.volumes.find((x) => x.name === ref);
    if (v) {
      objs.push(volumeJson(v));
      continue;
    }
    const n = type && type !== 'network' ? undefined : findNetwork(ctx.state, ref);
    if (n) {
      objs.push(networkJson(ctx.state, n));
      continue;
    }
    errors.push(msg.noSuchObject(ref));
  }
  return printInspect(objs, flagString(cmd, 'format'), errors, 'map[string]interface {}');
};

export const containerInspectCmd: Handler = (ctx, cmd) => {
  const objs: {[k: string]: TemplateValue}[] = [];
  const errors: string[] = [];
  for (const ref of cmd.args) {
    const c = findContainer(ctx.state, ref);
    if (isError(c)) errors.push(msg.fromDaemon(c.message));
    else objs.push(containerJson(ctx.state, c, ctx.now()));
  }
  return printInspect(objs, flagString(cmd, 'format'), errors, 'container.InspectResponse');
};

export type {Ctx};

/* ------------------------------------------------------------ contexts (client side) */

// docker/cli v29.7.2 cli/command/context: only the default context exists in the playground.
// Texts recorded from the installed client 28.2.2 (unchanged in 29: context ls/use/show).
const CONTEXT_DESCRIPTION = 'Current DOCKER_HOST based configuration';
const DOCKER_SOCKET = 'unix:///var/run/docker.sock';

function contextNotFound(name: string): string {
  return `context "${name}": context not found: open ${HOST_HOME}/.docker/contexts/meta/${sha256Hex(name)}/meta.json: no such file or directory`;
}

const CONTEXT_SPEC: FormatSpec = {
  headers: {
    Name: 'NAME',
    Description: 'DESCRIPTION',
    DockerEndpoint: 'DOCKER ENDPOINT',
    Error: 'ERROR',
  },
  defaultTable: '',
  typeName: 'context',
};

export const contextLsCmd: Handler = (_ctx, cmd) => {
  if (flagBool(cmd, 'quiet')) return outOk('default\n');
  const format = flagString(cmd, 'format');
  if (format !== undefined && format !== '' && format !== 'table') {
    // Fields in the order Go's json encoder writes the struct (alphabetical here).
    const row: Row = {
      Current: true,
      Description: CONTEXT_DESCRIPTION,
      DockerEndpoint: DOCKER_SOCKET,
      Error: '',
      Name: 'default',
    };
    const r = renderRows(CONTEXT_SPEC, format, [row]);
    return 'error' in r ? outErr(r.error) : outOk(r.text);
  }
  return outOk(
    'NAME        DESCRIPTION                               DOCKER ENDPOINT               ERROR\n' +
      `default *   ${CONTEXT_DESCRIPTION}   ${DOCKER_SOCKET}   \n`,
  );
};

export const contextShowCmd: Handler = () => outOk('default\n');

export const contextUseCmd: Handler = (_ctx, cmd) => {
  const name = cmd.args[0];
  if (name !== 'default') return outErr(contextNotFound(name));
  return {
    stdout: 'default\n',
    stderr: 'Current context is now "default"\n',
    exitCode: 0,
    chunks: [
      {stream: 'stdout', text: 'default\n'},
      {stream: 'stderr', text: 'Current context is now "default"\n'},
    ],
  };
};

export const contextInspectCmd: Handler = (_ctx, cmd) => {
  const names = cmd.args.length ? cmd.args : ['default'];
  const missing = names.find((n) => n !== 'default');
  if (missing !== undefined)
    return {stdout: '[]\n', stderr: `${contextNotFound(missing)}\n`, exitCode: 1};
  const one = {
    Name: 'default',
    Metadata: {},
    Endpoints: {docker: {Host: DOCKER_SOCKET, SkipTLSVerify: false}},
    TLSMaterial: {},
    Storage: {MetadataPath: '<IN MEMORY>', TLSPath: '<IN MEMORY>'},
  };
  // Go's encoder escapes < and > in strings.
  const body = JSON.stringify(
    names.map(() => one),
    null,
    4,
  ).replace(/[<>]/g, (m) => (m === '<' ? '\\u003c' : '\\u003e'));
  return outOk(`${body}\n`);
};
