/** The simulated Engine's state. Everything here is plain JSON-safe data. */
import type {ImageBehavior} from './catalog';
import type {EventRecord} from './events';
import type {RngState} from './rng';
import type {Vfs} from './vfs';

export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'dead';

export interface ImageConfig {
  entrypoint: string[] | null;
  cmd: string[] | null;
  env: string[];
  exposedPorts: string[];
  workingDir: string;
  user: string;
  labels: Record<string, string>;
  stopSignal: string | null;
  /** VOLUME paths: each gets an anonymous volume unless something is mounted there. */
  volumes: string[];
  /** HEALTHCHECK: Test as the API keeps it (['CMD', …], ['CMD-SHELL', cmd] or ['NONE']), times in ms */
  healthcheck?: HealthConfig;
}

export interface HealthConfig {
  test: string[];
  interval: number;
  timeout: number;
  startPeriod: number;
  retries: number;
}

export interface HistoryEntry {
  created: number;
  createdBy: string;
  size: number;
  comment: string;
  /** true for layers that exist only in metadata (`<missing>` ids). */
  empty: boolean;
}

export interface LogLine {
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface ImageRecord {
  /** 'sha256:' + 64 hex */
  id: string;
  repoTags: string[];
  repoDigests: string[];
  size: number;
  created: number;
  layers: string[];
  history: HistoryEntry[];
  config: ImageConfig;
  files: Vfs;
  behavior: ImageBehavior;
  logs: LogLine[];
  parent: string;
  /** Packages installed by `apt-get install`/`apk add` before a commit; absent in older saves */
  installed?: string[];
  /** platforms of a multi-platform build (`--platform a,b`); absent for single-platform images */
  platforms?: string[];
}

/** The config of an image with nothing set (`FROM scratch`, `docker import`, a commit of one). */
export const emptyImageConfig = (): ImageRecord['config'] => ({
  entrypoint: null,
  cmd: null,
  env: [],
  exposedPorts: [],
  workingDir: '',
  user: '',
  labels: {},
  stopSignal: null,
  volumes: [],
});

export interface PortBinding {
  containerPort: number;
  proto: 'tcp' | 'udp';
  /** '' = all interfaces (the daemon binds 0.0.0.0 and [::]) */
  hostIp: string;
  hostPort: number;
}

export interface MountRecord {
  type: 'volume' | 'bind' | 'tmpfs';
  /** volume name (for volumes) */
  name: string;
  /** host path for binds, /var/lib/docker/volumes/<name>/_data for volumes */
  source: string;
  destination: string;
  rw: boolean;
  /** tmpfs: its files (in memory, emptied when the container stops) and tmpfs-size in bytes */
  tmpfs?: {files: Vfs; size: number};
}

export interface LogEntry {
  time: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface EndpointRecord {
  networkId: string;
  endpointId: string;
  ip: string;
  mac: string;
  aliases: string[];
}

export interface ContainerRecord {
  id: string;
  name: string;
  /** The image as given by the user (e.g. 'nginx', 'nginx:1.27' or an id). */
  image: string;
  imageId: string;
  path: string;
  args: string[];
  entrypoint: string[] | null;
  cmd: string[] | null;
  env: string[];
  tty: boolean;
  openStdin: boolean;
  workingDir: string;
  hostname: string;
  labels: Record<string, string>;
  exposedPorts: string[];
  state: ContainerState;
  exitCode: number;
  pid: number;
  created: number;
  startedAt: number;
  finishedAt: number;
  error: string;
  ports: PortBinding[];
  publishAll: boolean;
  mounts: MountRecord[];
  networkMode: string;
  networks: Record<string, EndpointRecord>;
  /** --add-host entries as `name:ip` (host-gateway already replaced); absent in older saves */
  extraHosts?: string[];
  restartPolicy: {
    name: 'no' | 'always' | 'unless-stopped' | 'on-failure';
    maximumRetryCount: number;
  };
  autoRemove: boolean;
  restartCount: number;
  /** HostConfig.Memory in bytes (0 = no limit); absent in older saves */
  memory?: number;
  /** HostConfig.MemorySwap: memory plus swap in bytes, -1 = unlimited swap, 0 = none set */
  memorySwap?: number;
  /** State.OOMKilled: the kernel's OOM killer ended a process of this container since its start */
  oomKilled?: boolean;
  /** HostConfig.NanoCpus (--cpus × 1e9, 0 = no limit); absent in older saves */
  nanoCpus?: number;
  /** HostConfig.PidsLimit (0 = no limit); absent in older saves */
  pidsLimit?: number;
  /** HostConfig.CapAdd (e.g. NET_ADMIN); absent in older saves */
  capAdd?: string[];
  /** HostConfig.CapDrop as the client normalizes it (e.g. ALL, CAP_CHOWN); absent in older saves */
  capDrop?: string[];
  /** HostConfig.Privileged */
  privileged?: boolean;
  /** HostConfig.ReadonlyRootfs (`read_only: true`, `--read-only`); absent in older saves */
  readonlyRootfs?: boolean;
  /** HostConfig.SecurityOpt (e.g. no-new-privileges:true); absent in older saves */
  securityOpt?: string[];
  /** HostConfig.Tmpfs: path → mount options; absent when none */
  tmpfs?: Record<string, string>;
  /** HostConfig.Init (`init: true`, `--init`); null/absent when not set */
  init?: boolean | null;
  /** Config.User: `--user`/`user:`, else the image's USER ('' = root); absent in older saves */
  user?: string;
  /** HostConfig.LogConfig; absent means the daemon default (json-file, no options) */
  logConfig?: {type: string; config: Record<string, string>};
  /** Config.StopTimeout in seconds (`stop_grace_period`, `--stop-timeout`); absent when unset */
  stopTimeout?: number;
  /** Packages installed with apt-get/apk in this container's writable layer */
  installed?: string[];
  /** HostConfig.PidMode: '' or `container:<id>` (shares that container's PID namespace) */
  pidMode?: string;
  logs: LogEntry[];
  /** the image's HEALTHCHECK, taken when the container starts; absent in older saves */
  healthcheck?: HealthConfig;
  /** memory of an example app's process (apps.ts), e.g. the Python app's notes; absent in older saves */
  appMemory?: string[];
  rootfs: Vfs;
  /** Starts so far (drives one-time init logs such as postgres' initdb). */
  starts: number;
  /** `--platform` (or DOCKER_DEFAULT_PLATFORM) of a container whose image is not the host's; absent for the host's */
  platform?: string;
}

export interface VolumeRecord {
  name: string;
  driver: string;
  created: number;
  labels: Record<string, string>;
  anonymous: boolean;
  files: Vfs;
}

export interface NetworkRecord {
  id: string;
  name: string;
  driver: 'bridge' | 'host' | 'null';
  created: number;
  subnet: string;
  gateway: string;
  internal: boolean;
  labels: Record<string, string>;
  builtin: boolean;
  /** Next host number to hand out in the subnet. */
  nextIp: number;
}

export interface RegistryRepo {
  /** tag → the image as pushed (a copy, so it survives local `rmi`) */
  tags: Record<string, ImageRecord>;
}

export interface EngineState {
  version: 1;
  rng: RngState;
  images: ImageRecord[];
  containers: ContainerRecord[];
  volumes: VolumeRecord[];
  networks: NetworkRecord[];
  /** Images pushed to the simulated registry, by full repository name ('docker.io/me/app'). */
  registry: Record<string, RegistryRepo>;
  auth: Record<string, string>;
  host: Vfs;
  cwd: string;
  history: string[];
  lastExit: number;
  /** The host shell's variables (`NAME=value`, `export`); absent in sessions saved before them. */
  vars?: Record<string, string>;
  /** When set, lines go to this container's shell (with its own variables). */
  session: {
    containerId: string;
    execOnly: boolean;
    cwd: string;
    shell: 'bash' | 'sh';
    vars?: Record<string, string>;
    /** the exec process of a `docker exec -it` shell (for its `exec_die` event) */
    execId?: string;
  } | null;
  /** Per-image ids of images' files shared by builds are kept inside images. */
  buildCacheSize: number;
  /**
   * Time the reader's `sleep`s have waited, ms, added to the clock: the playground returns at
   * once, but "Up 40 seconds", health probes and restarts see the time pass. Absent in older
   * saved sessions (0).
   */
  sleptMs?: number;
  /** Builders made with `docker buildx create` (the `default` docker-driver builder is implied). */
  builders?: BuilderRecord[];
  /** The builder `docker buildx use` selected; absent means `default`. */
  currentBuilder?: string;
  /** The daemon's event log (events.ts): in memory only, never in a saved session. */
  events?: EventRecord[];
}

/** A `docker-container` builder: BuildKit in a container, booted by its first build. */
export interface BuilderRecord {
  name: string;
  driver: 'docker-container';
  booted: boolean;
}

export const HOST_HOME = '/home/user';
export const HOST_USER = 'user';
export const HOST_NAME = 'playground';
