/** The JSON objects `docker inspect` prints (a subset of the Engine API's fields, same names and order). */
import {normalizeCapabilities} from '../capabilities';
import {healthOf} from '../apps';
import {goStruct, rfc3339Nano, type TemplateValue} from '../format';
import type {
  ContainerRecord,
  EngineState,
  ImageRecord,
  NetworkRecord,
  VolumeRecord,
} from '../state';
import {apiPorts} from './containers';

const ZERO_TIME = '0001-01-01T00:00:00Z';

/** State.Health (api/types/container Health, HealthcheckResult), only while a probe runs. */
function healthJson(c: ContainerRecord, now: number): {[k: string]: TemplateValue} {
  const h = healthOf(c, now);
  if (!h) return {};
  return {
    Health: goStruct({
      Status: h.status,
      FailingStreak: h.failingStreak,
      Log: h.log.map((l) =>
        goStruct({
          Start: rfc3339Nano(l.start),
          End: rfc3339Nano(l.end),
          ExitCode: l.exitCode,
          Output: l.output,
        }),
      ),
    }),
  };
}

export function containerJson(
  state: EngineState,
  c: ContainerRecord,
  now?: number,
): {[k: string]: TemplateValue} {
  const portMap: {[k: string]: TemplateValue} = {};
  for (const e of c.exposedPorts) portMap[e] = null;
  for (const p of apiPorts(c)) {
    if (p.publicPort === 0) continue;
    const key = `${p.privatePort}/${p.type}`;
    const list = (Array.isArray(portMap[key]) ? portMap[key] : []) as TemplateValue[];
    list.push({HostIp: p.ip, HostPort: String(p.publicPort)});
    portMap[key] = list;
  }
  const bindings: {[k: string]: TemplateValue} = {};
  for (const p of c.ports)
    bindings[`${p.containerPort}/${p.proto}`] = [
      {HostIp: p.hostIp, HostPort: p.hostPort ? String(p.hostPort) : ''},
    ];
  const nets: {[k: string]: TemplateValue} = {};
  for (const [name, ep] of Object.entries(c.networks)) {
    const net = state.networks.find((n) => n.name === name);
    nets[name] = {
      IPAMConfig: null,
      Links: null,
      Aliases: ep.aliases,
      MacAddress: ep.mac,
      DriverOpts: null,
      GwPriority: 0,
      NetworkID: ep.networkId,
      EndpointID: ep.endpointId,
      Gateway: ep.ip ? (net?.gateway ?? '') : '',
      IPAddress: ep.ip,
      IPPrefixLen: ep.ip ? 16 : 0,
      IPv6Gateway: '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      DNSNames: name === 'bridge' ? null : [c.name, c.id.slice(0, 12)],
    };
  }
  return {
    Id: c.id,
    Created: rfc3339Nano(c.created),
    Path: c.path,
    Args: c.args,
    // api/types/container State: field order as declared (what {{json .State}} prints).
    State: goStruct({
      Status: c.state,
      Running: c.state === 'running' || c.state === 'paused' || c.state === 'restarting',
      Paused: c.state === 'paused',
      Restarting: c.state === 'restarting',
      OOMKilled: c.oomKilled ?? false,
      Dead: c.state === 'dead',
      Pid: c.state === 'running' || c.state === 'paused' ? c.pid : 0,
      ExitCode: c.exitCode,
      Error: c.error,
      StartedAt: c.startedAt ? rfc3339Nano(c.startedAt) : ZERO_TIME,
      FinishedAt: c.finishedAt ? rfc3339Nano(c.finishedAt) : ZERO_TIME,
      ...(now === undefined ? {} : healthJson(c, now)),
    }),
    Image: c.imageId,
    ResolvConfPath: `/var/lib/docker/containers/${c.id}/resolv.conf`,
    HostnamePath: `/var/lib/docker/containers/${c.id}/hostname`,
    HostsPath: `/var/lib/docker/containers/${c.id}/hosts`,
    LogPath: `/var/lib/docker/containers/${c.id}/${c.id}-json.log`,
    Name: `/${c.name}`,
    RestartCount: c.restartCount,
    // moby docker-v29.7.2 daemon/inspect.go: with a snapshotter the driver is its name, and
    // Storage replaces GraphDriver (API 1.52+).
    Driver: 'overlayfs',
    Platform: 'linux',
    HostConfig: {
      Binds: c.mounts
        .filter((m) => m.type === 'bind' || (m.type === 'volume' && m.name.length < 64))
        .map(
          (m) => `${m.type === 'bind' ? m.source : m.name}:${m.destination}${m.rw ? '' : ':ro'}`,
        ),
      NetworkMode: c.networkMode,
      PortBindings: bindings,
      RestartPolicy: {
        Name: c.restartPolicy.name,
        MaximumRetryCount: c.restartPolicy.maximumRetryCount,
      },
      AutoRemove: c.autoRemove,
      PidMode: c.pidMode ?? '',
      PublishAllPorts: c.publishAll,
      Memory: c.memory ?? 0,
      MemorySwap: c.memorySwap ?? 0,
      NanoCpus: c.nanoCpus ?? 0,
      // api/types/container HostConfig.PidsLimit is a *int64: null when unset.
      PidsLimit: c.pidsLimit ? c.pidsLimit : null,
      CapAdd: c.capAdd?.length ? normalizeCapabilities(c.capAdd) : null,
      CapDrop: c.capDrop?.length ? [...c.capDrop] : null,
      // --add-host as the client sent it; `host-gateway` stays literal (network.ts resolves it).
      ExtraHosts: c.extraHosts?.length ? [...c.extraHosts] : null,
      // api/types/container HostConfig: LogConfig is always there (the daemon's default driver).
      LogConfig: goStruct({
        Type: c.logConfig?.type ?? 'json-file',
        Config: {...c.logConfig?.config},
      }),
      Privileged: c.privileged ?? false,
      ReadonlyRootfs: c.readonlyRootfs ?? false,
      SecurityOpt: c.securityOpt?.length ? [...c.securityOpt] : null,
      // Tmpfs and Init are omitempty in the API.
      ...(c.tmpfs && Object.keys(c.tmpfs).length ? {Tmpfs: {...c.tmpfs}} : {}),
      ...(typeof c.init === 'boolean' ? {Init: c.init} : {}),
    },
    Storage: {RootFS: {Snapshot: {Name: 'overlayfs'}}},
    // --tmpfs mounts live in HostConfig.Tmpfs only; --mount type=tmpfs ones are listed here.
    Mounts: c.mounts
      .filter((m) => !(m.type === 'tmpfs' && c.tmpfs && m.destination in c.tmpfs))
      .map((m): TemplateValue =>
        m.type === 'tmpfs'
          ? {
              Type: 'tmpfs',
              Source: '',
              Destination: m.destination,
              Mode: '',
              RW: m.rw,
              Propagation: '',
            }
          : m.type === 'volume'
            ? {
                Type: 'volume',
                Name: m.name,
                Source: m.source,
                Destination: m.destination,
                Driver: 'local',
                Mode: m.rw ? 'z' : 'ro',
                RW: m.rw,
                Propagation: '',
              }
            : {
                Type: 'bind',
                Source: m.source,
                Destination: m.destination,
                Mode: m.rw ? '' : 'ro',
                RW: m.rw,
                Propagation: 'rprivate',
              },
      ),
    Config: {
      Hostname: c.hostname,
      Domainname: '',
      User: c.user ?? '',
      AttachStdin: false,
      AttachStdout: true,
      AttachStderr: true,
      ExposedPorts: Object.fromEntries(c.exposedPorts.map((p) => [p, {}])),
      Tty: c.tty,
      OpenStdin: c.openStdin,
      StdinOnce: false,
      Env: c.env,
      Cmd: c.cmd,
      Image: c.image,
      Volumes: null,
      WorkingDir: c.workingDir === '/' ? '' : c.workingDir,
      Entrypoint: c.entrypoint,
      Labels: c.labels,
      ...(c.stopTimeout === undefined ? {} : {StopTimeout: c.stopTimeout}),
    },
    // moby docker-v29.7.2 api/types/container/network_settings.go: the top-level Bridge,
    // Gateway, IPAddress, MacAddress, … fields are gone; addresses live under Networks.
    NetworkSettings: {
      SandboxID: c.state === 'running' ? c.id.split('').reverse().join('') : '',
      SandboxKey: c.state === 'running' ? `/var/run/docker/netns/${c.id.slice(20, 32)}` : '',
      Ports: portMap,
      Networks: nets,
    },
  };
}

export function imageJson(img: ImageRecord): {[k: string]: TemplateValue} {
  return {
    Id: img.id,
    RepoTags: img.repoTags,
    RepoDigests: img.repoDigests,
    Parent: img.parent,
    Comment: img.history[img.history.length - 1]?.comment ?? '',
    Created: rfc3339Nano(img.created),
    DockerVersion: '',
    Author: '',
    Config: {
      Hostname: '',
      Domainname: '',
      User: img.config.user,
      AttachStdin: false,
      AttachStdout: false,
      AttachStderr: false,
      ExposedPorts: img.config.exposedPorts.length
        ? Object.fromEntries(img.config.exposedPorts.map((p) => [p, {}]))
        : null,
      Tty: false,
      OpenStdin: false,
      StdinOnce: false,
      Env: img.config.env,
      Cmd: img.config.cmd,
      Image: '',
      Volumes: img.config.volumes.length
        ? Object.fromEntries(img.config.volumes.map((v) => [v, {}]))
        : null,
      WorkingDir: img.config.workingDir,
      Entrypoint: img.config.entrypoint,
      OnBuild: null,
      Labels: img.config.labels,
      ...(img.config.stopSignal ? {StopSignal: img.config.stopSignal} : {}),
    },
    // A single-platform build for another CPU (`--platform linux/arm64`) carries that platform.
    Architecture: img.platforms?.length === 1 ? img.platforms[0].split('/')[1] : 'amd64',
    Os: 'linux',
    Size: img.size,
    RootFS: {Type: 'layers', Layers: img.layers.map((l) => `sha256:${l}`)},
    Metadata: {LastTagTime: ZERO_TIME},
    Descriptor: null,
  };
}

export function volumeJson(v: VolumeRecord): {[k: string]: TemplateValue} {
  return {
    CreatedAt: new Date(v.created).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    Driver: v.driver,
    Labels: v.anonymous ? {'com.docker.volume.anonymous': ''} : v.labels,
    Mountpoint: `/var/lib/docker/volumes/${v.name}/_data`,
    Name: v.name,
    Options: null,
    Scope: 'local',
  };
}

export function networkJson(state: EngineState, n: NetworkRecord): {[k: string]: TemplateValue} {
  const containers: {[k: string]: TemplateValue} = {};
  for (const c of state.containers) {
    const ep = c.networks[n.name];
    if (ep && ep.ip)
      containers[c.id] = {
        Name: c.name,
        EndpointID: ep.endpointId,
        MacAddress: ep.mac,
        IPv4Address: `${ep.ip}/16`,
        IPv6Address: '',
      };
  }
  return {
    Name: n.name,
    Id: n.id,
    Created: rfc3339Nano(n.created),
    Scope: 'local',
    Driver: n.driver,
    EnableIPv4: true,
    EnableIPv6: false,
    IPAM: {
      Driver: 'default',
      Options: null,
      Config: n.subnet ? [{Subnet: n.subnet, Gateway: n.gateway}] : null,
    },
    Internal: n.internal,
    Attachable: false,
    Ingress: false,
    ConfigFrom: {Network: ''},
    ConfigOnly: false,
    Options:
      n.name === 'bridge'
        ? {
            'com.docker.network.bridge.default_bridge': 'true',
            'com.docker.network.bridge.enable_icc': 'true',
            'com.docker.network.bridge.enable_ip_masquerade': 'true',
            'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
            'com.docker.network.bridge.name': 'docker0',
            'com.docker.network.driver.mtu': '1500',
          }
        : {},
    Labels: n.labels,
    Containers: containers,
    // moby docker-v29.7.2 daemon/network.go (WithStatus from API 1.52) and
    // daemon/libnetwork/ipams/defaultipam: the network and broadcast addresses, the gateway and
    // each endpoint are in use; the rest of the subnet is available.
    Status: {
      IPAM: n.subnet
        ? {
            Subnets: {
              [n.subnet]: {
                IPsInUse: 3 + Object.keys(containers).length,
                DynamicIPsAvailable:
                  2 ** (32 - Number(n.subnet.split('/')[1])) - 3 - Object.keys(containers).length,
              },
            },
          }
        : {},
    },
  };
}
