/**
 * Commands that change or read a container's configuration and writable layer: `docker update`,
 * `docker diff` and `docker commit` (docker/cli v29.7.2 cli/command/container/update.go, diff.go,
 * commit.go; moby docker-v29.7.2 daemon/update.go, daemon/changes.go, daemon/commit.go).
 */
import {flagString} from '../cli';
import {writeCgroupFiles} from '../cgroups';
import {findContainer, isError, tagImage} from '../daemon';
import {ramInBytes} from '../format';
import * as msg from '../messages';
import {familiarTagged, parseNormalizedNamed} from '../reference';
import {randomHex} from '../rng';
import {emptyImageConfig, type ContainerRecord, type ImageRecord} from '../state';
import {cloneVfs, type Vfs} from '../vfs';
import {outErr, outOk, type Handler} from './common';
import {forEachContainer} from './containers';

const UPDATE_FLAGS = ['cpus', 'memory', 'memory-swap', 'pids-limit', 'restart'];

/** Files the daemon manages outside the writable layer (bind-mounted or virtual): never in a diff. */
const NOT_IN_LAYER = /^\/(?:sys|proc|dev)(?:\/|$)|^\/etc\/(?:hostname|hosts|resolv\.conf)$/;

export const updateCmd: Handler = (ctx, cmd) => {
  if (!UPDATE_FLAGS.some((f) => cmd.flags[f] !== undefined))
    return outErr('you must provide one or more flags when using this command');
  const restart = flagString(cmd, 'restart');
  const {printer: p, errors} = forEachContainer(ctx, cmd, (c) => update(c, cmd.flags, restart));
  // update.go joins the errors and returns them: one block on stderr, exit 1.
  if (errors.length) p.err(errors.join('\n')).code(1);
  return p.done();
};

function update(
  c: ContainerRecord,
  flags: Readonly<Record<string, string[]>>,
  restart: string | undefined,
): string | null {
  const last = (name: string): string | undefined => flags[name]?.[flags[name].length - 1];
  if (restart !== undefined) {
    // daemon/update.go: a container started with --rm keeps "no".
    if (c.autoRemove && restart !== 'no')
      return (
        'Cannot update container ' +
        c.id +
        ': Restart policy cannot be updated because AutoRemove is enabled for the container'
      );
    const [name, count] = restart.split(':');
    if (name !== 'no' && name !== 'always' && name !== 'unless-stopped' && name !== 'on-failure')
      return `invalid restart policy: unknown policy '${name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`;
    c.restartPolicy = {name, maximumRetryCount: count ? parseInt(count, 10) || 0 : 0};
  }
  const memory = last('memory');
  if (memory !== undefined) {
    const bytes = ramInBytes(memory);
    if (typeof bytes === 'number') {
      if (bytes > 0 && bytes < 6 * 1024 * 1024)
        return `Cannot update container ${c.id}: Minimum memory limit allowed is 6MB`;
      // daemon/update.go: raising memory above the old swap limit keeps swap at twice memory.
      if (
        (c.memorySwap ?? 0) > 0 &&
        bytes > (c.memorySwap ?? 0) &&
        last('memory-swap') === undefined
      )
        return `Cannot update container ${c.id}: Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time`;
      c.memory = bytes;
      if (!c.memorySwap) c.memorySwap = bytes * 2;
    }
  }
  const swap = last('memory-swap');
  if (swap !== undefined) {
    const bytes = swap === '-1' ? -1 : ramInBytes(swap);
    if (typeof bytes === 'number') c.memorySwap = bytes;
  }
  const cpus = last('cpus');
  if (cpus !== undefined) c.nanoCpus = Math.round(Number(cpus) * 1e9) || 0;
  const pids = last('pids-limit');
  if (pids !== undefined) c.pidsLimit = Math.max(0, parseInt(pids, 10) || 0);
  writeCgroupFiles(c);
  return null;
}

/** The writable layer's changes against the image: A added, C changed, D deleted. */
export function changesOf(base: Vfs, layer: Vfs): {kind: 'A' | 'C' | 'D'; path: string}[] {
  const out = new Map<string, 'A' | 'C' | 'D'>();
  const markParents = (path: string): void => {
    let dir = path.slice(0, path.lastIndexOf('/'));
    while (dir && !out.has(dir)) {
      out.set(dir, base.dirs[dir] ? 'C' : 'A');
      dir = dir.slice(0, dir.lastIndexOf('/'));
    }
  };
  const note = (path: string, kind: 'A' | 'C' | 'D'): void => {
    if (NOT_IN_LAYER.test(path)) return;
    out.set(path, kind);
    markParents(path);
  };
  for (const [path, content] of Object.entries(layer.files)) {
    if (!(path in base.files)) note(path, 'A');
    else if (base.files[path] !== content) note(path, 'C');
  }
  for (const dir of Object.keys(layer.dirs))
    if (dir !== '/' && !base.dirs[dir] && !out.has(dir)) note(dir, 'A');
  for (const path of Object.keys(base.files)) if (!(path in layer.files)) note(path, 'D');
  return [...out.entries()]
    .filter(([path]) => !NOT_IN_LAYER.test(path))
    .map(([path, kind]) => ({kind, path}))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export const diffCmd: Handler = (ctx, cmd) => {
  const c = findContainer(ctx.state, cmd.args[0]);
  if (isError(c)) return outErr(msg.fromDaemon(c.message));
  const img = ctx.state.images.find((i) => i.id === c.imageId);
  const base = img?.files ?? {files: {}, dirs: {'/': true as const}};
  return outOk(
    changesOf(base, c.rootfs)
      .map((ch) => `${ch.kind} ${ch.path}\n`)
      .join(''),
  );
};

export const commitCmd: Handler = (ctx, cmd) => {
  const c = findContainer(ctx.state, cmd.args[0]);
  if (isError(c)) return outErr(msg.fromDaemon(c.message));
  const img = ctx.state.images.find((i) => i.id === c.imageId);
  let tagged: string | null = null;
  if (cmd.args[1]) {
    const ref = parseNormalizedNamed(cmd.args[1]);
    if (typeof ref === 'string') return outErr(ref);
    tagged = familiarTagged(ref);
  }
  const now = ctx.now();
  const files = cloneVfs(c.rootfs);
  for (const path of Object.keys(files.files))
    if (NOT_IN_LAYER.test(path)) delete files.files[path];
  const base = img?.files ?? {files: {}, dirs: {'/': true as const}};
  const layerSize = changesOf(base, files).reduce(
    (n, ch) => n + (ch.kind === 'D' ? 0 : (files.files[ch.path]?.length ?? 0)),
    0,
  );
  const id = `sha256:${randomHex(ctx.state.rng, 64)}`;
  const committed: ImageRecord = {
    id,
    repoTags: [],
    repoDigests: [],
    size: (img?.size ?? 0) + layerSize,
    created: now,
    layers: [...(img?.layers ?? []), randomHex(ctx.state.rng, 64)],
    history: [
      ...(img?.history ?? []),
      {
        created: now,
        // moby daemon/containerd/image_commit.go: CreatedBy is the container's Cmd joined.
        createdBy: (c.cmd ?? []).join(' '),
        size: layerSize,
        comment: flagString(cmd, 'message') ?? '',
        empty: false,
      },
    ],
    config: {
      ...(img?.config ?? emptyImageConfig()),
      entrypoint: c.entrypoint,
      cmd: c.cmd,
      env: [...c.env],
    },
    files,
    behavior: img?.behavior ?? {kind: 'shell'},
    logs: img?.logs ?? [],
    parent: img?.id ?? '',
  };
  // Packages installed in the container are part of its writable layer, so of the new image.
  committed.installed = [...(c.installed ?? [])];
  ctx.state.images.push(committed);
  if (tagged) tagImage(ctx.state, committed, tagged);
  return outOk(`${id}\n`);
};
