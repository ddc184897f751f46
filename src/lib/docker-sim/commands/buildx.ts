/**
 * `docker buildx`: the buildx plugin (absent from the recorded client). `build` is the same
 * builder as `docker build`; `imagetools inspect` prints an image index from the simulated
 * registry as docker/buildx v0.36.1 util/imagetools/printers.go does.
 */
import {stableHex} from '../rng';
import {parseNormalizedNamed, fullName} from '../reference';
import type {Output} from '../cli';
import type {EngineState} from '../state';
import * as msg from '../messages';

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

function imagetoolsInspect(state: EngineState, name: string): Output {
  const ref = parseNormalizedNamed(name);
  if (typeof ref === 'string') return {stdout: '', stderr: `ERROR: ${ref}\n`, exitCode: 1};
  const tag = ref.tag ?? 'latest';
  const full = `${fullName(ref)}:${tag}`;
  const img = state.registry[`${ref.domain}/${ref.path}`]?.tags[tag];
  if (!img) return {stdout: '', stderr: `ERROR: ${full}: not found\n`, exitCode: 1};
  const digest = img.repoDigests[0]?.split('@')[1] ?? img.id;
  const platforms = img.platforms ?? ['linux/amd64'];
  const manifests = platforms.map((p) => ({
    platform: p,
    digest: `sha256:${stableHex(`manifest:${digest}:${p}`)}`,
  }));
  const head = tabwrite([
    ['Name:', '', full],
    ['MediaType:', '', INDEX],
    ['Digest:', '', digest],
  ]);
  const list: string[][] = [];
  const attestations = manifests.map((m) => ({
    digest: `sha256:${stableHex(`attestation:${m.digest}`)}`,
    of: m.digest,
  }));
  const entries = [
    ...manifests.map((m) => [
      ['  Name:', `${full}@${m.digest}`],
      ['  MediaType:', MANIFEST],
      ['  Platform:', m.platform],
    ]),
    ...attestations.map((a) => [
      ['  Name:', `${full}@${a.digest}`],
      ['  MediaType:', MANIFEST],
      ['  Platform:', 'unknown/unknown'],
      ['  Annotations:', ''],
    ]),
  ];
  entries.forEach((e, i) => {
    if (i > 0) list.push(['', '']);
    list.push(...e);
  });
  // The annotations are printed by a second tabwriter after a flush (printManifestList).
  const body = tabwrite(list).split('\n');
  const out: string[] = [];
  let a = 0;
  for (const l of body) {
    out.push(l);
    if (l.startsWith('  Annotations:')) {
      const at = attestations[a++];
      out.push(
        tabwrite([
          ['    vnd.docker.reference.digest:', at.of],
          ['    vnd.docker.reference.type:', 'attestation-manifest'],
        ]).replace(/\n$/, ''),
      );
    }
  }
  const manifestsHead = tabwrite([
    ['', ''],
    ['Manifests:', ''],
  ]);
  return {stdout: `${head}${manifestsHead}${out.join('\n')}`, stderr: '', exitCode: 0};
}

export function buildxCommand(
  state: EngineState,
  argv: readonly string[],
  docker: (argv: string[]) => Output,
): Output {
  const [sub, ...rest] = argv;
  if (sub === 'build' || sub === 'b') return docker(['build', ...rest]);
  if (sub === 'imagetools' && rest[0] === 'inspect' && rest.length === 2)
    return imagetoolsInspect(state, rest[1]);
  return {
    stdout: '',
    stderr: `${msg.PLAYGROUND_NOTE_PREFIX}'docker buildx ${argv.join(' ')}'는 이 플레이그라운드에서 지원하지 않습니다. docker buildx build와 docker buildx imagetools inspect 이미지만 흉내 냅니다.\n`,
    exitCode: 1,
  };
}
