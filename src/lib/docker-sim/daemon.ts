/**
 * The simulated Engine: state creation and the operations the API would perform.
 * Functions return either a value or a `DaemonError` carrying the daemon's message.
 */
import {
  CATALOG,
  catalogDigest,
  catalogImageId,
  catalogLayerIds,
  findCatalogImage,
  type CatalogImage,
} from './catalog';
import {imageEvent, networkEvent, volumeEvent} from './events';
import {diskUsageFromCatalog} from './image-sizes';
import * as msg from './messages';
import {NAME_LEFT, NAME_RIGHT} from './names-data';
import {familiarName, familiarTagged, parseNormalizedNamed, type ImageRef} from './reference';
import {randomHex, randomInt, type RngState} from './rng';
import type {ContainerRecord, EngineState, ImageRecord, NetworkRecord, VolumeRecord} from './state';
import {HOST_HOME} from './state';
import {EXAMPLE_FILES} from './fixtures/examples.generated';
import {createVfs, mountLayer, unmountLayer, type Layer, type Vfs} from './vfs';

/** catalog.ts marks the first catalogue's entries, whose size is the 28.2-era (unpacked) SIZE. */
const FIRST_CATALOGUE_SOURCE = 'docker-library/official-images@2025-05 (first catalogue';

export class DaemonError {
  constructor(
    readonly message: string,
    /** HTTP-like class: used for exit codes (e.g. 127 for not-found executables in `run`). */
    readonly kind: 'notfound' | 'conflict' | 'invalid' | 'system' = 'system',
  ) {}
}

export const isError = (v: unknown): v is DaemonError => v instanceof DaemonError;

export interface Clock {
  now: () => number;
}

/**
 * The repository's examples/, mounted read-only at ~/examples/ in every session (DECISIONS.md):
 * a reader's edits change the session's copy, and saved sessions keep only those edits.
 */
export const EXAMPLES_LAYER: Layer = {dir: `${HOST_HOME}/examples`, files: EXAMPLE_FILES};

/** A saved session: the state without the untouched examples, and the example files removed. */
export type SavedState = EngineState & {examplesRemoved?: string[]};

export function toSavedState(state: EngineState): SavedState {
  const {fs, removed} = unmountLayer(state.host, EXAMPLES_LAYER);
  // The event log is the daemon's memory (moby keeps it in memory too): not saved.
  const {events: _events, ...rest} = state;
  return {...rest, host: fs, examplesRemoved: removed};
}

export function fromSavedState(saved: SavedState): EngineState {
  const {examplesRemoved = [], ...state} = saved;
  mountLayer(state.host, EXAMPLES_LAYER, examplesRemoved);
  return state;
}

/** A fresh machine's file system: an empty home, plus the examples mount. */
function homeWithExamples(): Vfs {
  const host = createVfs({}, [HOST_HOME, '/tmp', '/etc', '/usr/bin', '/var/lib/docker']);
  mountLayer(host, EXAMPLES_LAYER);
  return host;
}

export function createInitialState(seed: number, now: number): EngineState {
  const rng: RngState = {seed: seed | 0};
  const net = (
    name: string,
    driver: NetworkRecord['driver'],
    subnet: string,
    gateway: string,
  ): NetworkRecord => ({
    id: randomHex(rng, 64),
    name,
    driver,
    created: now,
    subnet,
    gateway,
    internal: false,
    labels: {},
    builtin: true,
    nextIp: 2,
  });
  return {
    version: 1,
    rng,
    images: [],
    containers: [],
    volumes: [],
    networks: [
      net('bridge', 'bridge', '172.17.0.0/16', '172.17.0.1'),
      net('host', 'host', '', ''),
      net('none', 'null', '', ''),
    ],
    registry: {},
    auth: {},
    host: homeWithExamples(),
    cwd: HOST_HOME,
    history: [],
    lastExit: 0,
    session: null,
    buildCacheSize: 0,
  };
}

/* ---------------------------------------------------------------- images */

const STANDARD_DIRS: Record<CatalogImage['family'], string[]> = {
  scratch: [],
  busybox: [
    '/bin',
    '/dev',
    '/etc',
    '/home',
    '/lib',
    '/lib64',
    '/proc',
    '/root',
    '/sys',
    '/tmp',
    '/usr',
    '/var',
  ],
  alpine: [
    '/bin',
    '/dev',
    '/etc',
    '/home',
    '/lib',
    '/media',
    '/mnt',
    '/opt',
    '/proc',
    '/root',
    '/run',
    '/sbin',
    '/srv',
    '/sys',
    '/tmp',
    '/usr',
    '/var',
  ],
  debian: [
    '/bin',
    '/boot',
    '/dev',
    '/etc',
    '/home',
    '/lib',
    '/lib64',
    '/media',
    '/mnt',
    '/opt',
    '/proc',
    '/root',
    '/run',
    '/sbin',
    '/srv',
    '/sys',
    '/tmp',
    '/usr',
    '/var',
  ],
  ubuntu: [
    '/bin',
    '/boot',
    '/dev',
    '/etc',
    '/home',
    '/lib',
    '/lib64',
    '/media',
    '/mnt',
    '/opt',
    '/proc',
    '/root',
    '/run',
    '/sbin',
    '/srv',
    '/sys',
    '/tmp',
    '/usr',
    '/var',
  ],
  oracle: [
    '/bin',
    '/boot',
    '/dev',
    '/etc',
    '/home',
    '/lib',
    '/lib64',
    '/media',
    '/mnt',
    '/opt',
    '/proc',
    '/root',
    '/run',
    '/sbin',
    '/srv',
    '/sys',
    '/tmp',
    '/usr',
    '/var',
  ],
};

const FAMILY_PASSWD: Record<CatalogImage['family'], string> = {
  scratch: '',
  busybox:
    'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n',
  alpine:
    'root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n',
  debian:
    'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n',
  ubuntu:
    'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\nubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n',
  oracle:
    'root:x:0:0:root:/root:/bin/bash\nbin:x:1:1:bin:/bin:/sbin/nologin\nmysql:x:999:999::/var/lib/mysql:/bin/bash\n',
};

/** Image family (for shells and prompts), recovered from the files an image has. */
export function imageFamily(img: ImageRecord): CatalogImage['family'] {
  const os = img.files.files['/etc/os-release'] ?? '';
  if (os.includes('ID=alpine')) return 'alpine';
  if (os.includes('ID=ubuntu')) return 'ubuntu';
  if (os.includes('ID=debian')) return 'debian';
  if (os.includes('ID="ol"')) return 'oracle';
  return img.files.dirs['/bin'] ? 'busybox' : 'scratch';
}

/** VOLUME instructions of the official images. */
const IMAGE_VOLUMES: Record<string, string[]> = {
  postgres: ['/var/lib/postgresql/data'],
  mysql: ['/var/lib/mysql'],
  redis: ['/data'],
};

export function catalogToImage(c: CatalogImage): ImageRecord {
  const created = Date.parse(c.created);
  const layerIds = catalogLayerIds(c);
  const base = Math.floor(c.size / Math.max(1, c.layers));
  const files = {...c.files};
  if (FAMILY_PASSWD[c.family]) files['/etc/passwd'] = FAMILY_PASSWD[c.family];
  const history = layerIds.map((_, i) => ({
    created,
    createdBy:
      i === 0
        ? `# debian.sh --arch 'amd64' out/ 'bookworm' '@1747699200'`
        : `RUN /bin/sh -c set -x && install layer ${i} # buildkit`,
    size: i === layerIds.length - 1 ? c.size - base * (layerIds.length - 1) : base,
    comment: i === 0 ? 'debuerreotype 0.15' : 'buildkit.dockerfile.v0',
    empty: false,
  }));
  if (c.repo === 'hello-world') history[0].createdBy = 'COPY hello / # buildkit';
  const meta = (createdBy: string): ImageRecord['history'][number] => ({
    created,
    createdBy,
    size: 0,
    comment: 'buildkit.dockerfile.v0',
    empty: true,
  });
  for (const e of c.env) history.push(meta(`ENV ${e}`));
  for (const p of c.exposed) history.push(meta(`EXPOSE map[${p}:{}]`));
  if (c.entrypoint) history.push(meta(`ENTRYPOINT ${JSON.stringify(c.entrypoint)}`));
  if (c.stopSignal) history.push(meta(`STOPSIGNAL ${c.stopSignal}`));
  if (c.cmd) history.push(meta(`CMD ${JSON.stringify(c.cmd)}`));
  return {
    // Docker 29's containerd store: the image ID is the index digest the tag names
    // (docker29-differences.md point 7; moby docker-v29.7.2 daemon/containerd/image_list.go
    // Summary.ID = img.Target.Digest), so it equals the repository digest.
    id: catalogDigest(c),
    repoTags: [],
    repoDigests: [`${c.repo}@${catalogDigest(c)}`],
    size: diskUsageFromCatalog(c.size, c.source.startsWith(FIRST_CATALOGUE_SOURCE)),
    created,
    layers: layerIds,
    history,
    config: {
      entrypoint: c.entrypoint ? [...c.entrypoint] : null,
      cmd: c.cmd ? [...c.cmd] : null,
      env: [...c.env],
      exposedPorts: [...c.exposed],
      workingDir: c.workdir,
      user: c.user ?? '',
      labels: {},
      stopSignal: c.stopSignal ?? null,
      volumes: [...(c.volumes ?? IMAGE_VOLUMES[c.repo] ?? [])],
    },
    files: createVfs(files, STANDARD_DIRS[c.family]),
    behavior: c.behavior,
    logs: c.logs.map((l) => ({...l})),
    parent: '',
  };
}

/** Looks an image up like the daemon's GetImage: repo:tag, then id / id prefix. */
export function findImage(state: EngineState, input: string): ImageRecord | undefined {
  const ref = parseNormalizedNamed(input);
  if (typeof ref !== 'string') {
    if (ref.digest) {
      const name = familiarName(ref);
      const byDigest = state.images.find((i) => i.repoDigests.includes(`${name}@${ref.digest}`));
      if (byDigest) return byDigest;
    } else {
      const tagged = familiarTagged(ref);
      const byTag = state.images.find((i) => i.repoTags.includes(tagged));
      if (byTag) return byTag;
    }
  }
  const hex = input.startsWith('sha256:') ? input.slice(7) : input;
  if (/^[a-f0-9]{1,64}$/.test(hex) && hex.length >= 1) {
    const matches = state.images.filter((i) => i.id.slice(7).startsWith(hex));
    if (
      matches.length === 1 &&
      (hex.length >= 12 || input.startsWith('sha256:') || matches[0].id.slice(7).startsWith(hex))
    )
      return matches[0];
  }
  return undefined;
}

export function imageLabel(img: ImageRecord): string {
  return img.repoTags[0] ?? img.id.slice(7, 19);
}

export interface PullOutcome {
  image: ImageRecord;
  /** Lines the CLI shows (TTY final state): "<tag>: Pulling from library/nginx", layers, Digest, Status. */
  lines: string[];
  upToDate: boolean;
  canonical: string;
}

/** ImageService.PullImage against the bundled catalogue and the simulated registry. */
export function pullImage(
  state: EngineState,
  input: string,
  /** the time of the `pull` event; null for BuildKit's pulls of base images, which log none */
  now: number | null,
): PullOutcome | DaemonError {
  const ref = parseNormalizedNamed(input);
  if (typeof ref === 'string') return new DaemonError(ref, 'invalid');
  const tag = ref.tag ?? 'latest';
  const name = familiarName(ref);
  const canonical = `${ref.domain}/${ref.path}:${tag}`;
  const pushed = state.registry[`${ref.domain}/${ref.path}`];
  if (pushed) {
    const remote = pushed.tags[tag];
    const img = remote
      ? (state.images.find((i) => i.id === remote.id) ??
        (JSON.parse(JSON.stringify(remote)) as ImageRecord))
      : undefined;
    if (img && !state.images.includes(img)) img.repoTags = [];
    if (!img) return new DaemonError(msg.manifestUnknown(canonical), 'notfound');
    return finishPull(state, img, ref, tag, canonical, now);
  }
  // Official images by their short name; other bundled images (gcr.io/distroless/…) by full name.
  const repo = name;
  const catalog = CATALOG.filter((c) => c.repo === repo);
  if (catalog.length === 0) return new DaemonError(msg.pullAccessDenied(name), 'notfound');
  // A digest names one manifest: the catalogue entry whose digest it is. The catalogue's digests
  // are made up, so a real one from a chapter stands for the repository's tag (README).
  const entry =
    (ref.digest ? catalog.find((c) => catalogDigest(c) === ref.digest) : undefined) ??
    findCatalogImage(repo, tag);
  if (!entry)
    return new DaemonError(
      msg.manifestUnknown(ref.digest ? `${ref.domain}/${ref.path}@${ref.digest}` : canonical),
      'notfound',
    );
  // A session saved before Docker 29 keeps the config-digest id; it is still the same image.
  const existing = state.images.find(
    (i) => i.id === catalogDigest(entry) || i.id === `sha256:${catalogImageId(entry)}`,
  );
  return finishPull(state, existing ?? catalogToImage(entry), ref, tag, canonical, now);
}

function finishPull(
  state: EngineState,
  img: ImageRecord,
  ref: ImageRef,
  tag: string,
  canonical: string,
  now: number | null,
): PullOutcome {
  // By digest (moby pull: tagOrDigest), the image is named by its digest and gets no tag.
  const digestRef = ref.digest ? `${familiarName(ref)}@${ref.digest}` : undefined;
  const tagged = digestRef ?? `${familiarName(ref)}:${tag}`;
  const known = state.images.includes(img);
  const upToDate = known && (digestRef ? true : img.repoTags.includes(tagged));
  const lines = [`${ref.digest ?? tag}: Pulling from ${ref.path}`];
  // Final TTY screen of moby docker-v29.7.2 daemon/containerd/progress.go: each new layer ends as
  // "Pull complete". When the image's content is all present already (here: the same image under
  // another tag), image_pull.go sets hideLayers and no layer line is printed, where 28.2 printed
  // "Already exists". (A blob shared with another image would still show "Already exists"
  // (showExists); catalogue images share no layers.)
  if (!upToDate && !known)
    for (const layer of img.layers) lines.push(`${layer.slice(0, 12)}: Pull complete`);
  if (digestRef && !img.repoDigests.includes(digestRef)) img.repoDigests.push(digestRef);
  const digest = ref.digest ?? img.repoDigests[0]?.split('@')[1] ?? `sha256:${img.id.slice(7)}`;
  lines.push(`Digest: ${digest}`);
  lines.push(
    upToDate
      ? `Status: Image is up to date for ${tagged}`
      : `Status: Downloaded newer image for ${tagged}`,
  );
  if (!known) state.images.push(img);
  // containerd/image_pull.go: `pull` named by FamiliarString(ref), with the image's labels.
  if (now !== null) {
    const named = ref.tag ? `${familiarName(ref)}:${ref.tag}` : tagged;
    const id = ref.digest ? `${ref.tag ? named : familiarName(ref)}@${ref.digest}` : named;
    imageEvent(state, img, 'pull', id, familiarName(ref), now);
  }
  if (digestRef)
    return {image: img, lines, upToDate, canonical: `${ref.domain}/${ref.path}@${ref.digest}`};
  tagImage(state, img, tagged);
  return {image: img, lines, upToDate, canonical};
}

/** Moves `tag` to `img` (removing it from any other image). */
export function tagImage(state: EngineState, img: ImageRecord, tagged: string): void {
  for (const other of state.images) {
    if (other !== img) other.repoTags = other.repoTags.filter((t) => t !== tagged);
  }
  if (!img.repoTags.includes(tagged)) img.repoTags.push(tagged);
}

/* ------------------------------------------------------------ containers */

export function findContainer(state: EngineState, input: string): ContainerRecord | DaemonError {
  const ref = input.replace(/^\//, '');
  if (ref === '') return new DaemonError(msg.noSuchContainer(input), 'notfound');
  const exact = state.containers.find((c) => c.id === ref || c.name === ref);
  if (exact) return exact;
  if (/^[a-f0-9]+$/.test(ref)) {
    const matches = state.containers.filter((c) => c.id.startsWith(ref));
    if (matches.length === 1) return matches[0];
    if (matches.length > 1) return new DaemonError(msg.multipleIds(ref), 'invalid');
  }
  return new DaemonError(msg.noSuchContainer(ref), 'notfound');
}

export function randomName(state: EngineState): string {
  for (let retry = 0; retry < 10; retry++) {
    let name = `${NAME_LEFT[randomInt(state.rng, NAME_LEFT.length)]}_${NAME_RIGHT[randomInt(state.rng, NAME_RIGHT.length)]}`;
    if (name === 'boring_wozniak') continue;
    if (retry > 0) name += String(randomInt(state.rng, 10));
    if (!state.containers.some((c) => c.name === name)) return name;
  }
  return `container_${randomHex(state.rng, 6)}`;
}

export const VALID_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export function newId(state: EngineState): string {
  return randomHex(state.rng, 64);
}

export function findVolume(state: EngineState, name: string): VolumeRecord | undefined {
  return state.volumes.find((v) => v.name === name);
}

export function createVolume(
  state: EngineState,
  name: string | null,
  now: number,
  labels: Record<string, string> = {},
): VolumeRecord {
  const existing = name ? findVolume(state, name) : undefined;
  if (existing) return existing;
  const vol: VolumeRecord = {
    name: name ?? randomHex(state.rng, 64),
    driver: 'local',
    created: now,
    labels,
    anonymous: name === null,
    files: createVfs(),
  };
  state.volumes.push(vol);
  volumeEvent(state, vol.name, 'create', now);
  return vol;
}

/** Removes volumes (volume/service/store.go Remove: a `destroy` event each). */
export function removeVolumes(
  state: EngineState,
  victims: readonly VolumeRecord[],
  now: number,
): void {
  state.volumes = state.volumes.filter((v) => !victims.includes(v));
  for (const v of victims) volumeEvent(state, v.name, 'destroy', now);
}

/** Removes networks (daemon/network.go deleteNetwork: a `destroy` event each). */
export function removeNetworks(
  state: EngineState,
  victims: readonly NetworkRecord[],
  now: number,
): void {
  state.networks = state.networks.filter((n) => !victims.includes(n));
  for (const n of victims) networkEvent(state, n, 'destroy', now);
}

export function volumeUsers(state: EngineState, name: string): ContainerRecord[] {
  return state.containers.filter((c) =>
    c.mounts.some((m) => m.type === 'volume' && m.name === name),
  );
}

export function findNetwork(state: EngineState, input: string): NetworkRecord | undefined {
  return (
    state.networks.find((n) => n.name === input || n.id === input) ??
    (/^[a-f0-9]+$/.test(input)
      ? state.networks.filter((n) => n.id.startsWith(input)).find((_, i, a) => a.length === 1)
      : undefined)
  );
}

export function networkUsers(state: EngineState, net: NetworkRecord): ContainerRecord[] {
  return state.containers.filter(
    (c) =>
      c.networks[net.name] !== undefined &&
      (c.state === 'running' || c.state === 'paused' || c.state === 'restarting'),
  );
}

/** Hands out the lowest free address in a network ('172.17.0.2', ...), as libnetwork's IPAM does. */
export function allocateIp(net: NetworkRecord, state?: EngineState): string {
  if (!net.subnet) return '';
  const [a, b] = net.subnet.split('.');
  const used = new Set(
    (state?.containers ?? []).map((c) => c.networks[net.name]?.ip).filter(Boolean),
  );
  let n = state ? 2 : net.nextIp;
  const at = (k: number): string => `${a}.${b}.${Math.floor(k / 256)}.${k % 256}`;
  while (used.has(at(n))) n++;
  net.nextIp = Math.max(net.nextIp, n + 1);
  return at(n);
}

export function macFor(ip: string): string {
  if (!ip) return '';
  return `02:42:${ip
    .split('.')
    .map((p) => Number(p).toString(16).padStart(2, '0'))
    .join(':')}`;
}

export function createNetwork(
  state: EngineState,
  name: string,
  driver: 'bridge',
  now: number,
): NetworkRecord {
  const index = state.networks.filter((n) => !n.builtin).length + 18;
  const net: NetworkRecord = {
    id: randomHex(state.rng, 64),
    name,
    driver,
    created: now,
    subnet: `172.${index}.0.0/16`,
    gateway: `172.${index}.0.1`,
    internal: false,
    labels: {},
    builtin: false,
    nextIp: 2,
  };
  state.networks.push(net);
  networkEvent(state, net, 'create', now);
  return net;
}
