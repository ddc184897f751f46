/**
 * Image references, following github.com/distribution/reference (ParseNormalizedNamed,
 * FamiliarName/FamiliarString) as vendored in docker/cli v28.2.2.
 */
export interface ImageRef {
  /** Registry host, e.g. 'docker.io' or 'localhost:5000'. */
  readonly domain: string;
  /** Repository path, e.g. 'library/nginx' or 'me/app'. */
  readonly path: string;
  readonly tag: string | null;
  readonly digest: string | null;
}

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE_RE = new RegExp(
  `^((?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`,
);
const ANCHORED_ID = /^[a-f0-9]{64}$/;

export const DEFAULT_DOMAIN = 'docker.io';
export const INVALID_REFERENCE = 'invalid reference format';

function splitDomain(name: string): {domain: string; path: string} {
  const i = name.indexOf('/');
  if (i === -1) return {domain: DEFAULT_DOMAIN, path: `library/${name}`};
  const first = name.slice(0, i);
  if (
    first.includes('.') ||
    first.includes(':') ||
    first === 'localhost' ||
    first.toLowerCase() !== first
  ) {
    return {domain: first === 'index.docker.io' ? DEFAULT_DOMAIN : first, path: name.slice(i + 1)};
  }
  return {domain: DEFAULT_DOMAIN, path: name};
}

/** Parses like reference.ParseNormalizedNamed; returns the error message on failure. */
export function parseNormalizedNamed(input: string): ImageRef | string {
  if (ANCHORED_ID.test(input)) {
    return `invalid repository name (${input}), cannot specify 64-byte hexadecimal strings`;
  }
  const {domain, path: remainder} = splitDomain(input.split('@')[0].replace(/:[^/]*$/, ''));
  if (remainder.toLowerCase() !== remainder && REFERENCE_RE.test(input.toLowerCase())) {
    return `${INVALID_REFERENCE}: repository name (${remainder}) must be lowercase`;
  }
  const m = REFERENCE_RE.exec(input);
  if (!m) return INVALID_REFERENCE;
  const name = m[1];
  if (name.length > 255)
    return `${INVALID_REFERENCE}: repository name must not be more than 255 characters`;
  const split = splitDomain(name);
  if (split.domain === DEFAULT_DOMAIN && !split.path.includes('/')) {
    return {domain, path: `library/${split.path}`, tag: m[2] ?? null, digest: m[3] ?? null};
  }
  return {domain: split.domain, path: split.path, tag: m[2] ?? null, digest: m[3] ?? null};
}

/** reference.FamiliarName: 'docker.io/library/nginx' → 'nginx'. */
export function familiarName(ref: ImageRef): string {
  if (ref.domain !== DEFAULT_DOMAIN) return `${ref.domain}/${ref.path}`;
  return ref.path.startsWith('library/') && ref.path.split('/').length === 2
    ? ref.path.slice(8)
    : ref.path;
}

/** FamiliarString with the default tag applied (TagNameOnly): 'nginx' → 'nginx:latest'. */
export function familiarTagged(ref: ImageRef): string {
  return `${familiarName(ref)}:${ref.tag ?? 'latest'}`;
}

export function fullName(ref: ImageRef): string {
  return `${ref.domain}/${ref.path}`;
}

/** Parses and applies the default tag; `null` on error. */
export function toRepoTag(input: string): string | null {
  const ref = parseNormalizedNamed(input);
  if (typeof ref === 'string') return null;
  return familiarTagged(ref);
}
