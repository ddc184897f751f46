/**
 * `docker buildx`: the buildx plugin (absent from the recorded client). `build` is the same
 * builder as `docker build`; `imagetools inspect` prints an image index from the simulated
 * registry as docker/buildx v0.36.1 util/imagetools/printers.go does; `create`, `use`, `ls` and
 * `rm` manage `docker-container` builders as docker/buildx v0.36.1 commands/*.go do.
 */
import {stableHex} from '../rng';
import {parseNormalizedNamed, fullName} from '../reference';
import type {Output} from '../cli';
import type {BuilderRecord, EngineState} from '../state';
import * as msg from '../messages';
import {tabwrite as cliTabwrite} from '../format';
import {truncatePlatforms, WORKER_PLATFORMS} from '../platform';
import {HUB_INDEXES} from '../hub-indexes';

/** moby docker-v29.7.2 go.mod vendors github.com/moby/buildkit v0.32.2 (the `docker` driver). */
const ENGINE_BUILDKIT = 'v0.32.2';
/** commands/ls.go lsIndent */
const INDENT = ' \\_ ';

/** Go's text/tabwriter with padding 1: every cell before a tab is padded to its column's width. */
function tabwrite(rows: readonly (readonly string[])[]): string {
  const width = Math.max(...rows.filter((r) => r.length > 1).map((r) => r[0].length)) + 1;
  return rows
    .map((r) => (r.length > 1 ? `${r[0].padEnd(width)}${r.slice(1).join('')}` : r[0]))
    .map((l) => `${l}\n`)
    .join('');
}

const INDEX = 'application/vnd.oci.image.index.v1+json';
const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

/** One descriptor of an index: a platform's manifest, or the attestation manifest of `of`. */
interface IndexEntry {
  readonly digest: string;
  readonly platform: string;
  readonly of?: string;
}

/** The index of `full` in the session's registry (pushed images), else a Docker Hub index. */
function lookupIndex(
  state: EngineState,
  registryKey: string,
  tag: string,
  full: string,
): {digest: string; entries: IndexEntry[]} | null {
  const img = state.registry[registryKey]?.tags[tag];
  if (img) {
    const digest = img.repoDigests[0]?.split('@')[1] ?? img.id;
    const manifests = (img.platforms ?? ['linux/amd64']).map((p) => ({
      platform: p,
      digest: `sha256:${stableHex(`manifest:${digest}:${p}`)}`,
    }));
    // BuildKit's exporter lists the platforms' manifests, then their attestation manifests.
    return {
      digest,
      entries: [
        ...manifests,
        ...manifests.map((m) => ({
          digest: `sha256:${stableHex(`attestation:${m.digest}`)}`,
          platform: 'unknown/unknown',
          of: m.digest,
        })),
      ],
    };
  }
  const hub = HUB_INDEXES[full];
  if (!hub) return null;
  return {
    digest: hub.digest,
    entries: hub.manifests.flatMap(([platform, digest, attestation]) => [
      {platform, digest},
      {platform: 'unknown/unknown', digest: attestation, of: digest},
    ]),
  };
}

/** util/imagetools/printers.go Print and printManifestList (tabwriters with padding 1). */
function imagetoolsInspect(state: EngineState, name: string): Output {
  const ref = parseNormalizedNamed(name);
  if (typeof ref === 'string') return {stdout: '', stderr: `ERROR: ${ref}\n`, exitCode: 1};
  const tag = ref.tag ?? 'latest';
  const full = `${fullName(ref)}:${tag}`;
  const index = lookupIndex(state, `${ref.domain}/${ref.path}`, tag, full);
  if (!index) return {stdout: '', stderr: `ERROR: ${full}: not found\n`, exitCode: 1};
  const head = tabwrite([
    ['Name:', '', full],
    ['MediaType:', '', INDEX],
    ['Digest:', '', index.digest],
  ]);
  const list: string[][] = [];
  index.entries.forEach((e, i) => {
    if (i > 0) list.push(['', '']);
    list.push(['  Name:', `${full}@${e.digest}`], ['  MediaType:', MANIFEST]);
    list.push(['  Platform:', e.platform]);
    if (e.of) list.push(['  Annotations:', '']);
  });
  // The annotations are printed by a second tabwriter after a flush (printManifestList), so
  // the lines before each flush form one column block.
  const out: string[] = [];
  const blocks: string[][][] = [[]];
  for (const row of list) {
    blocks[blocks.length - 1]!.push(row);
    if (row[0] === '  Annotations:') blocks.push([]);
  }
  const attested = index.entries.filter((e) => e.of);
  blocks.forEach((block, b) => {
    if (block.length > 0) out.push(...tabwrite(block).replace(/\n$/, '').split('\n'));
    const at = attested[b];
    if (at && b < blocks.length - 1)
      out.push(
        tabwrite([
          ['    vnd.docker.reference.digest:', at.of!],
          ['    vnd.docker.reference.type:', 'attestation-manifest'],
        ]).replace(/\n$/, ''),
      );
  });
  const manifestsHead = tabwrite([
    ['', ''],
    ['Manifests:', ''],
  ]);
  return {stdout: `${head}${manifestsHead}${out.join('\n')}\n`, stderr: '', exitCode: 0};
}

const ok = (stdout = '', stderr = ''): Output => ({stdout, stderr, exitCode: 0});
const error = (text: string): Output => ({stdout: '', stderr: `ERROR: ${text}\n`, exitCode: 1});

/** The selected `docker-container` builder, or undefined for the `default` (docker driver) one. */
export function currentBuilder(state: EngineState): BuilderRecord | undefined {
  return state.builders?.find((b) => b.name === state.currentBuilder);
}

/**
 * `docker buildx ls` (commands/ls.go lsPrint with lsDefaultTableFormat): each builder, then its
 * node. A `docker-container` builder's node is `inactive` until a build boots it.
 */
function ls(state: EngineState): Output {
  const current = state.currentBuilder ?? 'default';
  const rows: string[][] = [['NAME/NODE', 'DRIVER/ENDPOINT', 'STATUS', 'BUILDKIT', 'PLATFORMS']];
  const platforms = truncatePlatforms(WORKER_PLATFORMS);
  for (const b of state.builders ?? []) {
    rows.push([`${b.name}${b.name === current ? '*' : ''}`, b.driver, '', '', '']);
    rows.push(
      b.booted
        ? [
            `${INDENT}${b.name}0`,
            `${INDENT}unix:///var/run/docker.sock`,
            'running',
            ENGINE_BUILDKIT,
            platforms,
          ]
        : [`${INDENT}${b.name}0`, `${INDENT}unix:///var/run/docker.sock`, 'inactive', '', ''],
    );
  }
  rows.push([`default${current === 'default' ? '*' : ''}`, 'docker', '', '', '']);
  rows.push([`${INDENT}default`, `${INDENT}default`, 'running', ENGINE_BUILDKIT, platforms]);
  return ok(cliTabwrite(rows));
}

/** Flags of `buildx create`, `--name x` and `--name=x` alike; null on an unknown flag. */
function createFlags(args: readonly string[]): Map<string, string> | string {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const m = /^--(name|driver)(?:=(.*))?$/.exec(a);
    if (m) {
      const value = m[2] ?? args[++i];
      if (value === undefined) return `flag needs an argument: --${m[1]}`;
      flags.set(m[1], value);
    } else if (a === '--use' || a === '--bootstrap') flags.set(a.slice(2), 'true');
    else return `'docker buildx create ${args.join(' ')}'`;
  }
  return flags;
}

/** `docker buildx create --name N --driver docker-container [--use] [--bootstrap]`: prints N. */
function create(state: EngineState, args: readonly string[]): Output {
  const flags = createFlags(args);
  if (typeof flags === 'string')
    return flags.startsWith('flag')
      ? {stdout: '', stderr: `${flags}\n`, exitCode: 1}
      : unsupported(flags.slice(1, -1).replace(/^docker buildx /, ''));
  const name = flags.get('name');
  const driver = flags.get('driver') ?? 'docker-container';
  if (!name)
    return unsupported(
      `buildx create ${args.join(' ')}`,
      '이름은 --name으로 정해 줍니다. 실제 buildx는 이름을 무작위로 짓습니다.',
    );
  if (driver !== 'docker-container')
    return unsupported(
      `buildx create ${args.join(' ')}`,
      '드라이버는 docker-container만 흉내 냅니다.',
    );
  if (name === 'default' || state.builders?.some((b) => b.name === name))
    return error(
      `existing instance for "${name}" but no append mode, specify the node name to make changes for existing instances`,
    );
  (state.builders ??= []).push({name, driver, booted: flags.has('bootstrap')});
  if (flags.has('use')) state.currentBuilder = name;
  return ok(`${name}\n`);
}

function use(state: EngineState, args: readonly string[]): Output {
  const name = args.find((a) => !a.startsWith('-'));
  if (name === undefined || args.length !== 1) return unsupported(`buildx use ${args.join(' ')}`);
  if (name === 'default') delete state.currentBuilder;
  else if (state.builders?.some((b) => b.name === name)) state.currentBuilder = name;
  else return noSuchBuilder(name);
  return ok();
}

/** buildx's own text here names a file of its store on the reader's disk; the playground says it plainly. */
function noSuchBuilder(name: string): Output {
  return {
    stdout: '',
    stderr: `${msg.PLAYGROUND_NOTE_PREFIX}'${name}'라는 빌더가 없습니다. docker buildx ls로 빌더 목록을 확인합니다.\n`,
    exitCode: 1,
  };
}

/** `docker buildx rm [NAME]` (commands/rm.go): `<name> removed` on stderr. */
function rm(state: EngineState, args: readonly string[]): Output {
  if (args.length > 1) return unsupported(`buildx rm ${args.join(' ')}`);
  const name = args[0] ?? state.currentBuilder ?? 'default';
  if (name === 'default')
    return {
      stdout: '',
      stderr:
        'failed to remove default: context builder cannot be removed, run `docker context rm default` to remove this context\nERROR: failed to remove one or more builders\n',
      exitCode: 1,
    };
  if (!state.builders?.some((b) => b.name === name)) return noSuchBuilder(name);
  state.builders = state.builders.filter((b) => b.name !== name);
  if (state.currentBuilder === name) delete state.currentBuilder;
  return ok('', `${name} removed\n`);
}

/**
 * `docker buildx build` on the selected builder. A `docker-container` builder keeps the result
 * in its own cache unless `--load` or `--push` says where it goes (build/build.go warns first).
 */
function build(
  state: EngineState,
  args: readonly string[],
  docker: (argv: string[]) => Output,
): Output {
  const builder = currentBuilder(state);
  const load = args.includes('--load');
  const dockerArgs = ['build', ...args.filter((a) => a !== '--load')];
  if (!builder) return docker(dockerArgs);
  const imagesBefore = new Set(state.images.map((i) => i.id));
  const tagsBefore = new Map(state.images.map((i) => [i.id, [...i.repoTags]]));
  const r = withBuilderName(docker(dockerArgs), `${builder.driver}:${builder.name}`);
  if (r.exitCode !== 0) return r;
  builder.booted = true;
  if (load || args.includes('--push')) return r;
  // The image was never exported: undo what the docker-driver build stored.
  state.images = state.images.filter((i) => imagesBefore.has(i.id));
  for (const i of state.images) i.repoTags = tagsBefore.get(i.id) ?? i.repoTags;
  const warning = `WARNING: No output specified with docker-container driver. Build result will only remain in the build cache. To push result image into registry use --push or to load image into docker use --load\n`;
  return {stdout: r.stdout, stderr: warning + r.stderr, exitCode: r.exitCode};
}

/** commands/build.go: the progress header names the builder as `<driver>:<name>`, right-aligned. */
function withBuilderName(r: Output, desc: string): Output {
  const stderr = r.stderr.replace(
    /^(\[\+\] Building .*? FINISHED) +docker:default$/m,
    (line, head: string) => `${head.padEnd(line.length - desc.length - 1)} ${desc}`,
  );
  return {stdout: r.stdout, stderr, exitCode: r.exitCode};
}

function unsupported(command: string, hint = ''): Output {
  return {
    stdout: '',
    stderr: `${msg.PLAYGROUND_NOTE_PREFIX}'docker ${command}'는 이 플레이그라운드에서 지원하지 않습니다. ${hint || 'docker buildx build, create, use, ls, rm, imagetools inspect만 흉내 냅니다.'}\n`,
    exitCode: 1,
  };
}

export function buildxCommand(
  state: EngineState,
  argv: readonly string[],
  docker: (argv: string[]) => Output,
): Output {
  const [sub, ...rest] = argv;
  if (sub === 'build' || sub === 'b') return build(state, rest, docker);
  if (sub === 'imagetools' && rest[0] === 'inspect' && rest.length === 2)
    return imagetoolsInspect(state, rest[1]);
  if (sub === 'ls' && rest.length === 0) return ls(state);
  if (sub === 'create') return create(state, rest);
  if (sub === 'use') return use(state, rest);
  if (sub === 'rm') return rm(state, rest);
  return unsupported(`buildx ${argv.join(' ')}`);
}
