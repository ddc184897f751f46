/** docker pull/images/rmi/tag/history/image inspect/image prune/save/load/import/push/search. */
import {flagBool, flagList, flagString, type ParsedCommand} from '../cli';
import {CATALOG} from '../catalog';
import {findImage, imageLabel, isError, pullImage, tagImage} from '../daemon';
import {contentSize} from '../image-sizes';
import {
  ellipsis,
  humanDuration,
  humanSize,
  indentJson,
  lookup,
  renderTemplate,
  TemplateError,
  goTimeString,
} from '../format';
import * as msg from '../messages';
import {pushesToLocalRegistry} from '../local-registry';
import {familiarName, familiarTagged, parseNormalizedNamed} from '../reference';
import {randomHex} from '../rng';
import type {EngineState, ImageRecord} from '../state';
import {emptyImageConfig, HOST_HOME} from '../state';
import {dirname, isDir, isFile, resolvePath, createVfs} from '../vfs';
import {outErr, outOk, parseFilters, Printer, type Ctx, type Handler} from './common';
import {TAR_MAGIC} from './containers';
import {gunzipText} from '../archive';
import {imageJson} from './inspect';
import {imageEvent} from '../events';
import {renderRows, type FormatSpec, type Row} from './templates';

export const pullCmd: Handler = (ctx, cmd) => {
  const input = cmd.args[0];
  const ref = parseNormalizedNamed(input);
  if (typeof ref === 'string') return outErr(ref);
  const p = new Printer();
  const quiet = flagBool(cmd, 'quiet');
  if (!ref.tag && !ref.digest && !quiet) p.line('Using default tag: latest');
  const r = pullImage(ctx.state, input, ctx.now());
  if (isError(r)) return p.err(msg.fromDaemon(r.message)).code(1).done();
  if (!quiet) for (const l of r.lines) p.line(l);
  return p.line(r.canonical).done();
};

const IMAGES_SPEC: FormatSpec = {
  headers: {
    Repository: 'REPOSITORY',
    Tag: 'TAG',
    ID: 'IMAGE ID',
    CreatedSince: 'CREATED',
    CreatedAt: 'CREATED AT',
    Size: 'SIZE',
    Digest: 'DIGEST',
    Containers: 'CONTAINERS',
    SharedSize: 'SHARED SIZE',
    UniqueSize: 'UNIQUE SIZE',
    VirtualSize: 'SIZE',
  },
  defaultTable: 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}',
  typeName: '*formatter.imageContext',
};

function imageRows(
  state: EngineState,
  images: readonly ImageRecord[],
  now: number,
  trunc: boolean,
): Row[] {
  const rows: Row[] = [];
  const sorted = [...images].sort((a, b) => b.created - a.created);
  for (const img of sorted) {
    // docker/cli formatter/image.go: an untagged image pulled by digest shows its repository.
    const byDigest = [...new Set(img.repoDigests.map((d) => `${d.split('@')[0]}:<none>`))];
    const tags = img.repoTags.length
      ? img.repoTags
      : byDigest.length
        ? byDigest
        : ['<none>:<none>'];
    for (const t of tags) {
      const i = t.lastIndexOf(':');
      const repo = t.slice(0, i);
      rows.push({
        Repository: repo,
        Tag: t.slice(i + 1),
        ID: trunc ? img.id.slice(7, 19) : img.id,
        CreatedSince: `${humanDuration(now - img.created)} ago`,
        CreatedAt: goTimeString(img.created),
        Size: humanSize(img.size),
        VirtualSize: humanSize(img.size),
        Digest: img.repoDigests.find((d) => d.startsWith(`${repo}@`))?.split('@')[1] ?? '<none>',
        Containers: String(state.containers.filter((c) => c.imageId === img.id).length),
        SharedSize: 'N/A',
        UniqueSize: 'N/A',
      });
    }
  }
  return rows;
}

/** docker/cli v29.7.2 list.go shouldUseTree: the tree unless -q, --no-trunc, --digests or --format. */
function useTree(cmd: ParsedCommand): boolean {
  return !(
    flagBool(cmd, 'quiet') ||
    flagBool(cmd, 'no-trunc') ||
    flagBool(cmd, 'digests') ||
    flagString(cmd, 'format')
  );
}

/**
 * docker/cli v29.7.2 cli/command/image/tree.go printImageTree as it writes to a non-terminal (the
 * playground's choice, README): no legend line, the plain chip "U", the IMAGE column as wide as
 * the widest name, then ID (12), DISK USAGE (10, right), CONTENT SIZE (12, right) and EXTRA (5),
 * 3 spaces apart. One row per tag, sorted by name; untagged images (only with -a) come last.
 */
function imageTree(
  state: EngineState,
  images: readonly ImageRecord[],
  matchesRef: ((repo: string, tag: string) => boolean) | null,
): {text: string; count: number} {
  const top: {name: string; img: ImageRecord}[] = [];
  for (const img of images) {
    const tags = img.repoTags
      .filter(
        (t) =>
          !matchesRef ||
          matchesRef(t.slice(0, t.lastIndexOf(':')), t.slice(t.lastIndexOf(':') + 1)),
      )
      .sort();
    if (img.repoTags.length === 0 && !matchesRef) top.push({name: '', img});
    for (const t of tags) top.push({name: t, img});
  }
  top.sort((a, b) =>
    !a.name !== !b.name ? (a.name ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const inUse = (img: ImageRecord): boolean => state.containers.some((c) => c.imageId === img.id);
  const UNTAGGED = '<untagged>';
  const width = Math.max('Image'.length, ...top.map((t) => (t.name || UNTAGGED).length));
  const gap = '   ';
  const header = ['IMAGE'.padEnd(width), 'ID'.padEnd(12), 'DISK USAGE', 'CONTENT SIZE', 'EXTRA'];
  const lines = [header.join(gap)];
  for (const {name, img} of top) {
    lines.push(
      [
        (name || UNTAGGED).padEnd(width),
        img.id.slice(7, 19),
        humanSize(img.size).padStart(10),
        humanSize(contentSize(img.size)).padStart(12),
        (inUse(img) ? 'U' : ' ').padEnd(5),
      ].join(gap),
    );
  }
  return {text: `${lines.join('\n')}\n`, count: top.length};
}

export const imagesCmd: Handler = (ctx, cmd) => {
  const filters = parseFilters(flagList(cmd, 'filter'));
  if (typeof filters === 'string') return outErr(filters);
  let images = ctx.state.images;
  const refFilters = [...(filters.get('reference') ?? []), ...(cmd.args[0] ? [cmd.args[0]] : [])];
  for (const [k] of filters)
    if (!['dangling', 'reference', 'label', 'before', 'since', 'until'].includes(k))
      return outErr(msg.fromDaemon(`invalid filter '${k}'`));
  const dangling = filters.get('dangling');
  if (dangling)
    images = images.filter(
      (i) => (i.repoTags.length === 0) === (dangling[0] === 'true' || dangling[0] === '1'),
    );
  // docker/cli v29.7.2 list.go runImages: without -a, untagged images are left out unless a
  // dangling filter asks for them (isDangling: no RepoTags).
  if (!flagBool(cmd, 'all') && (!dangling || !dangling.some((d) => d === 'true' || d === '1')))
    images = images.filter((i) => i.repoTags.length > 0);
  const matchesRef = (repo: string, tagName: string): boolean =>
    refFilters.some((f) => {
      const [pattern, tag] = f.includes(':')
        ? [f.slice(0, f.lastIndexOf(':')), f.slice(f.lastIndexOf(':') + 1)]
        : [f, '*'];
      const glob = (pat: string, s: string): boolean =>
        new RegExp(`^${pat.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(s);
      return glob(pattern, repo) && (tag === '*' || glob(tag, tagName));
    });
  const trunc = !flagBool(cmd, 'no-trunc');
  const withHint = (stdout: string, count: number): ReturnType<Handler> => {
    const hint = count === 0 ? ambiguousHint(cmd.args[0]) : '';
    return hint ? {stdout, stderr: hint, exitCode: 0} : outOk(stdout);
  };
  if (useTree(cmd)) {
    const tree = imageTree(ctx.state, images, refFilters.length ? matchesRef : null);
    return withHint(tree.text, tree.count);
  }
  let rows = imageRows(ctx.state, images, ctx.now(), trunc);
  if (refFilters.length) rows = rows.filter((r) => matchesRef(String(r.Repository), String(r.Tag)));
  if (flagBool(cmd, 'quiet')) {
    const ids = [...new Set(rows.map((r) => String(r.ID)))];
    return withHint(ids.map((i) => `${i}\n`).join(''), ids.length);
  }
  const format =
    flagBool(cmd, 'digests') && !flagString(cmd, 'format')
      ? 'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}'
      : flagString(cmd, 'format');
  const r = renderRows(IMAGES_SPEC, format, rows);
  if ('error' in r) return outErr(r.error);
  return withHint(r.text, rows.length);
};

/**
 * docker/cli v29.7.2 cli/command/image/list.go printAmbiguousHint: `docker images ls` finds no
 * image named "ls", so a name that is a `docker image` subcommand gets a hint on stderr (no
 * leading blank line since 29.5).
 */
function ambiguousHint(matchName: string | undefined): string {
  const subcommands = ['build', 'history', 'import', 'inspect', 'list', 'load', 'ls', 'prune'];
  subcommands.push('pull', 'push', 'rm', 'save', 'tag');
  return matchName && subcommands.includes(matchName)
    ? `No images found matching "${matchName}": did you mean "docker image ${matchName}"?\n`
    : '';
}

/**
 * moby docker-v29.7.2 daemon/containerd/image_delete.go deleteAll: an Untagged line per tag, then
 * one Deleted line with the image's target digest (the index); the digest references and the
 * layers' blobs go without a line. Events: `untag` per tag (imageDeleteHelper, name only), then
 * `delete` named by the id (the image is gone, so no labels).
 */
function deleteImage(state: EngineState, img: ImageRecord, p: Printer, now: number): void {
  for (const t of img.repoTags) untag(state, img, t, p, now);
  p.line(`Deleted: ${img.id}`);
  state.images = state.images.filter((i) => i !== img);
  imageEvent(state, undefined, 'delete', img.id, img.id, now);
}

function untag(state: EngineState, img: ImageRecord, tag: string, p: Printer, now: number): void {
  p.line(`Untagged: ${tag}`);
  imageEvent(state, img, 'untag', img.id, tag, now, false);
}

export function removeImage(
  state: EngineState,
  input: string,
  force: boolean,
  p: Printer,
  now: number,
): string | null {
  const img = findImage(state, input);
  if (!img) {
    const ref = parseNormalizedNamed(input);
    return msg.noSuchImage(
      typeof ref === 'string' ? input : ref.digest ? input : familiarTagged(ref),
    );
  }
  const parsed = parseNormalizedNamed(input);
  const byTag = typeof parsed !== 'string' && img.repoTags.includes(familiarTagged(parsed));
  const users = state.containers.filter((c) => c.imageId === img.id);
  const running = users.find(
    (c) => c.state === 'running' || c.state === 'paused' || c.state === 'restarting',
  );
  if (byTag && typeof parsed !== 'string') {
    const tagged = familiarTagged(parsed);
    if (img.repoTags.length > 1) {
      img.repoTags = img.repoTags.filter((t) => t !== tagged);
      untag(state, img, tagged, p, now);
      return null;
    }
    if (users.length > 0 && !force)
      return msg.imageInUseByStopped(tagged, users[0].id.slice(0, 12), img.id.slice(7, 19));
    // Forced, with containers using it: the containerd store only untags and keeps the image
    // as dangling for them (moby docker-v29.7.2 daemon/containerd/image_delete.go softImageDelete).
    if (users.length > 0) {
      img.repoTags = [];
      untag(state, img, tagged, p, now);
      return null;
    }
  } else {
    if (running) return msg.imageInUseByRunning(img.id.slice(7, 19), running.id.slice(0, 12));
    if (img.repoTags.length > 1 && !force) return msg.imageMultipleRefs(img.id.slice(7, 19));
    if (users.length > 0 && !force)
      return msg.imageInUseByStoppedId(img.id.slice(7, 19), users[0].id.slice(0, 12));
    if (users.length > 0) {
      for (const t of img.repoTags) untag(state, img, t, p, now);
      img.repoTags = [];
      return null;
    }
  }
  deleteImage(state, img, p, now);
  return null;
}

export const rmiCmd: Handler = (ctx, cmd) => {
  const p = new Printer();
  const errors: string[] = [];
  for (const a of cmd.args) {
    const e = removeImage(ctx.state, a, flagBool(cmd, 'force'), p, ctx.now());
    if (e) errors.push(msg.fromDaemon(e));
  }
  for (const e of errors) p.err(e);
  return p.code(errors.length ? 1 : 0).done();
};

export const tagCmd: Handler = (ctx, cmd) => {
  const [src, dst] = cmd.args;
  const target = parseNormalizedNamed(dst);
  if (typeof target === 'string') return outErr(msg.invalidTagReference(dst, target));
  const img = findImage(ctx.state, src);
  if (!img) {
    const ref = parseNormalizedNamed(src);
    return outErr(
      msg.fromDaemon(msg.noSuchImage(typeof ref === 'string' ? src : familiarTagged(ref))),
    );
  }
  tagImage(ctx.state, img, familiarTagged(target));
  // containerd/image_tag.go: `tag` with the image's labels and the new name.
  imageEvent(ctx.state, img, 'tag', img.id, familiarTagged(target), ctx.now());
  return outOk();
};

const HISTORY_SPEC: FormatSpec = {
  headers: {
    ID: 'IMAGE',
    CreatedSince: 'CREATED',
    CreatedAt: 'CREATED AT',
    CreatedBy: 'CREATED BY',
    Size: 'SIZE',
    Comment: 'COMMENT',
  },
  defaultTable: 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}',
  typeName: '*formatter.historyContext',
};

export const historyCmd: Handler = (ctx, cmd) => {
  const img = findImage(ctx.state, cmd.args[0]);
  if (!img) {
    const ref = parseNormalizedNamed(cmd.args[0]);
    return outErr(
      msg.fromDaemon(msg.noSuchImage(typeof ref === 'string' ? cmd.args[0] : familiarTagged(ref))),
    );
  }
  const trunc = !flagBool(cmd, 'no-trunc');
  const human = flagString(cmd, 'human') !== 'false';
  const now = ctx.now();
  const rows: Row[] = [...img.history].reverse().map((h, i) => ({
    ID: i === 0 ? (trunc ? img.id.slice(7, 19) : img.id) : '<missing>',
    CreatedSince: human
      ? `${humanDuration(now - h.created)} ago`
      : new Date(h.created).toISOString(),
    CreatedAt: new Date(h.created).toISOString(),
    CreatedBy: trunc ? ellipsis(h.createdBy.replace(/\t/g, ' '), 45) : h.createdBy,
    Size: human ? humanSize(h.size) : String(h.size),
    Comment: h.comment,
  }));
  const r = renderRows(
    HISTORY_SPEC,
    flagString(cmd, 'format'),
    rows,
    flagBool(cmd, 'quiet') ? 'ID' : undefined,
  );
  return 'error' in r ? outErr(r.error) : outOk(r.text);
};

/** Prints objects as `docker inspect` does: a JSON array, or one template line per object. */
/**
 * docker/cli v29.7.2 cli/command/inspect/inspector.go: when the template fails on the typed
 * object, Inspect runs it again on the raw JSON (a map) with missingkey=error, and that error is
 * the one printed: `template parsing error: … map has no entry for key "X"`, X being the first
 * field of the chain the JSON lacks.
 */
function rawFallbackError(
  message: string,
  objects: readonly {[k: string]: import('../format').TemplateValue}[],
): string {
  const m = /^(template: :\d+:\d+: executing "" at <([^>]+)>): can't evaluate field /.exec(message);
  if (!m || !m[2]!.startsWith('.')) return message;
  const path = m[2]!.slice(1).split('.');
  const missing =
    objects
      .map((o) => path.find((_, i) => lookup(o, path.slice(0, i + 1)) === undefined))
      .find((k) => k !== undefined) ?? path[path.length - 1];
  return `template parsing error: ${m[1]}: map has no entry for key "${missing}"`;
}

export function printInspect(
  objects: readonly {[k: string]: import('../format').TemplateValue}[],
  format: string | undefined,
  errors: readonly string[],
  typeName: string,
): ReturnType<Handler> {
  const p = new Printer();
  if (format) {
    try {
      for (const o of objects)
        p.line(
          renderTemplate(
            format.replace(/\\n/g, '\n').replace(/\\t/g, '\t'),
            (path) => lookup(o, path),
            typeName,
          ),
        );
    } catch (e) {
      return outErr(e instanceof TemplateError ? rawFallbackError(e.message, objects) : String(e));
    }
  } else if (objects.length > 0 || errors.length === 0) p.line(indentJson(objects));
  else p.line('[]');
  for (const e of errors) p.err(e);
  return p.code(errors.length ? 1 : 0).done();
}

export const imageInspectCmd: Handler = (ctx, cmd) => {
  const objs = [];
  const errors: string[] = [];
  for (const a of cmd.args) {
    const img = findImage(ctx.state, a);
    if (img) objs.push(imageJson(img));
    else {
      const ref = parseNormalizedNamed(a);
      errors.push(
        `Error response from daemon: ${msg.noSuchImage(typeof ref === 'string' ? a : familiarTagged(ref))}`,
      );
    }
  }
  return printInspect(objs, flagString(cmd, 'format'), errors, 'image.InspectResponse');
};

export const imagePruneCmd: Handler = (ctx, cmd) => {
  const all = flagBool(cmd, 'all');
  const used = new Set(ctx.state.containers.map((c) => c.imageId));
  const victims = ctx.state.images.filter(
    (i) => !used.has(i.id) && (all || i.repoTags.length === 0),
  );
  const p = new Printer();
  let reclaimed = 0;
  if (victims.length) {
    p.line('Deleted Images:');
    for (const v of victims) {
      reclaimed += v.size;
      deleteImage(ctx.state, v, p, ctx.now());
    }
    p.line('');
  }
  return p.line(msg.totalReclaimed(humanSize(reclaimed))).done();
};

interface TarImages {
  kind: 'images';
  images: ImageRecord[];
}

export const saveCmd: Handler = (ctx, cmd) => {
  const output = flagString(cmd, 'output');
  if (!output)
    return outErr('cowardly refusing to save to a terminal. Use the -o flag or redirect');
  const images: ImageRecord[] = [];
  for (const a of cmd.args) {
    const img = findImage(ctx.state, a);
    if (!img) {
      const ref = parseNormalizedNamed(a);
      return outErr(
        msg.fromDaemon(msg.noSuchImage(typeof ref === 'string' ? a : familiarTagged(ref))),
      );
    }
    const ref = parseNormalizedNamed(a);
    const copy: ImageRecord = JSON.parse(JSON.stringify(img)) as ImageRecord;
    if (typeof ref !== 'string' && img.repoTags.includes(familiarTagged(ref)))
      copy.repoTags = [familiarTagged(ref)];
    else if (typeof ref !== 'string' && !ref.tag && !/^[a-f0-9]+$/.test(a))
      copy.repoTags = img.repoTags.filter((t) => t.startsWith(`${familiarName(ref)}:`));
    else copy.repoTags = [];
    images.push(copy);
  }
  const path = resolvePath(ctx.state.cwd, output, HOST_HOME);
  if (!isDir(ctx.state.host, dirname(path)))
    return outErr(
      `failed to save image: invalid output path: directory "${dirname(path)}" does not exist`,
    );
  const tar: TarImages = {kind: 'images', images};
  ctx.state.host.files[path] = `${TAR_MAGIC}${JSON.stringify(tar)}`;
  return outOk();
};

export const loadCmd: Handler = (ctx, cmd) => {
  const input = flagString(cmd, 'input');
  if (!input) return outErr('requested load from stdin, but stdin is empty');
  const path = resolvePath(ctx.state.cwd, input, HOST_HOME);
  if (!isFile(ctx.state.host, path)) return outErr(`open ${path}: no such file or directory`);
  // docker load reads gzip-, bzip2- and xz-compressed archives too (moby pkg/archive DecompressStream).
  const content = gunzipText(ctx.state.host.files[path]);
  const tar = readTar(content);
  if (!tar || tar.kind !== 'images') return outErr(msg.fromDaemon('unexpected EOF'));
  const p = new Printer();
  for (const img of tar.images) {
    const existing = ctx.state.images.find((i) => i.id === img.id);
    const target = existing ?? img;
    if (!existing) ctx.state.images.push(img);
    if (img.repoTags.length === 0) p.line(`Loaded image ID: ${img.id}`);
    for (const t of img.repoTags) {
      tagImage(ctx.state, target, t);
      p.line(`Loaded image: ${t}`);
    }
  }
  return p.done();
};

export function readTar(
  content: string,
):
  | (TarImages | {kind: 'export'; container: string; image: string; fs: ImageRecord['files']})
  | null {
  if (!content.startsWith(TAR_MAGIC)) return null;
  try {
    return JSON.parse(content.slice(TAR_MAGIC.length)) as TarImages;
  } catch {
    return null;
  }
}

export const importCmd: Handler = (ctx, cmd) => {
  const [file, repo] = cmd.args;
  const path = resolvePath(ctx.state.cwd, file, HOST_HOME);
  if (!isFile(ctx.state.host, path)) return outErr(`open ${path}: no such file or directory`);
  const tar = readTar(ctx.state.host.files[path]);
  if (!tar || tar.kind !== 'export')
    return outErr(msg.fromDaemon('archive/tar: invalid tar header'));
  let tagged: string | null = null;
  if (repo) {
    const ref = parseNormalizedNamed(repo);
    if (typeof ref === 'string') return outErr(ref);
    tagged = familiarTagged(ref);
  }
  const base = ctx.state.images.find((i) => i.id === tar.image);
  const id = `sha256:${randomHex(ctx.state.rng, 64)}`;
  const img: ImageRecord = {
    id,
    repoTags: [],
    repoDigests: [],
    size: base?.size ?? 1000000,
    created: ctx.now(),
    layers: [randomHex(ctx.state.rng, 64)],
    history: [
      {
        created: ctx.now(),
        createdBy: '',
        size: base?.size ?? 1000000,
        comment: 'Imported from -',
        empty: false,
      },
    ],
    config: emptyImageConfig(),
    files: tar.fs ?? createVfs(),
    behavior: {kind: 'shell'},
    logs: [],
    parent: '',
  };
  ctx.state.images.push(img);
  if (tagged) tagImage(ctx.state, img, tagged);
  return outOk(`${id}\n`);
};

export const pushCmd: Handler = (ctx, cmd) => {
  const input = cmd.args[0];
  const ref = parseNormalizedNamed(input);
  if (typeof ref === 'string') return outErr(ref);
  const img = findImage(ctx.state, input);
  const tag = ref.tag ?? 'latest';
  const p = new Printer();
  // docker/cli v29.7.2 cli/command/image/push.go (TagNameOnly, "Using default tag:"); moby
  // docker-v29.7.2 daemon/containerd/image_push.go: the repository line first, then the missing
  // tag; the containerd pusher shows no "Preparing" lines.
  if (!ref.tag) p.line('Using default tag: latest');
  p.line(`The push refers to repository [${ref.domain}/${ref.path}]`);
  if (!img)
    return p
      .err(msg.pushTagDoesNotExist(`${familiarName(ref)}:${tag}`))
      .code(1)
      .done();
  // A registry container on this host takes pushes without a login (local-registry.ts).
  const local = pushesToLocalRegistry(ctx.state, ref.domain);
  const user = ctx.state.auth[ref.domain];
  if (
    !local &&
    (ref.path.startsWith('library/') ||
      !user ||
      (ref.domain === 'docker.io' && ref.path.split('/')[0] !== user))
  )
    return p.err('denied: requested access to the resource is denied').code(1).done();
  const repoKey = `${ref.domain}/${ref.path}`;
  const repo = (ctx.state.registry[repoKey] ??= {tags: {}});
  const known = new Set(
    Object.values(ctx.state.registry).flatMap((r) =>
      Object.values(r.tags).flatMap((i) => i.layers),
    ),
  );
  for (const l of [...img.layers].reverse())
    p.line(`${l.slice(0, 12)}: ${known.has(l) ? 'Layer already exists' : 'Pushed'}`);
  const copy = JSON.parse(JSON.stringify(img)) as ImageRecord;
  // The containerd store pushes the image's index as it is: its digest is the image ID.
  const digest = img.id;
  copy.repoDigests = [`${familiarName(ref)}@${digest}`];
  repo.tags[tag] = copy;
  if (!img.repoDigests.includes(copy.repoDigests[0])) img.repoDigests.push(copy.repoDigests[0]);
  return p.line(`${tag}: digest: ${digest} size: ${1200 + img.layers.length * 200}`).done();
};

export const searchCmd: Handler = (_ctx, cmd) => {
  const term = cmd.args[0].toLowerCase();
  const seen = new Set<string>();
  const rows = CATALOG.filter(
    (c) => c.repo.includes(term) && !seen.has(c.repo) && seen.add(c.repo),
  ).map((c) => [c.repo, c.description, String(c.stars), '[OK]']);
  const limit = Number(flagString(cmd, 'limit') ?? '25');
  const header = ['NAME', 'DESCRIPTION', 'STARS', 'OFFICIAL'];
  const all = [header, ...rows.slice(0, limit).map((r) => [r[0], ellipsis(r[1], 45), r[2], r[3]])];
  const widths = header.map((_, i) => Math.max(...all.map((r) => [...r[i]].length)));
  return outOk(
    all
      .map(
        (r) =>
          r
            .map((cell, i) =>
              i === r.length - 1
                ? cell
                : cell + ' '.repeat(Math.max(widths[i] + 3, 10) - [...cell].length),
            )
            .join('')
            .trimEnd() + '\n',
      )
      .join(''),
  );
};

export function imageLabelFor(state: EngineState, id: string): string {
  const img = state.images.find((i) => i.id === id);
  return img ? imageLabel(img) : id.slice(7, 19);
}

export type {ParsedCommand, Ctx};
