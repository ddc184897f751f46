/**
 * CPU platforms in the playground. The simulated host is an x86-64-v3 Linux machine without QEMU
 * registered in binfmt_misc, so only amd64 (and 386) programs run; anything else fails the way
 * runc reports a failed execve (opencontainers/runc v1.5.1 internal/linux/linux.go Exec, printed by
 * libcontainer/init_linux.go Init, which then exits 255).
 */

/** The platform images are pulled and built for by default. */
export const HOST_PLATFORM = 'linux/amd64';

/** moby daemon/create.go maximumSpec(): the host with its amd64 micro-architecture level. */
export const HOST_PLATFORM_MAX = 'linux/amd64/v3';

/**
 * The platforms BuildKit's worker reports on this host (moby/buildkit util/archutil): the native
 * amd64 with the levels the CPU supports, and 386, which an amd64 kernel runs natively.
 */
export const WORKER_PLATFORMS: readonly string[] = [
  'linux/amd64',
  'linux/amd64/v2',
  'linux/amd64/v3',
  'linux/386',
];

/** The environment variable docker/cli v29.7.2 reads as the default of `--platform`. */
export const DEFAULT_PLATFORM_ENV = 'DOCKER_DEFAULT_PLATFORM';

const ARCH_ALIASES: Readonly<Record<string, string>> = {
  x86_64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  armhf: 'arm',
  armel: 'arm',
  i386: '386',
};

/**
 * containerd/platforms Normalize, for the forms a reader types: `arm64`, `linux/arm64/v8`,
 * `linux/x86_64`, `linux/arm/v7`. Returns `os/arch[/variant]`.
 */
export function normalizePlatform(input: string): string {
  const parts = input.trim().toLowerCase().split('/');
  const [os, rawArch, variant] = parts.length === 1 ? ['linux', parts[0], undefined] : parts;
  const arch = ARCH_ALIASES[rawArch ?? ''] ?? rawArch ?? '';
  if (arch === 'arm64' && (variant === undefined || variant === 'v8')) return `${os}/arm64`;
  if (arch === 'arm') return `${os}/arm/${variant ?? 'v7'}`;
  if (arch === 'amd64' && variant === 'v1') return `${os}/amd64`;
  return variant ? `${os}/${arch}/${variant}` : `${os}/${arch}`;
}

/** Whether the host CPU executes programs of this platform without an emulator. */
export function runsOnHost(platform: string): boolean {
  const [os, arch, variant] = normalizePlatform(platform).split('/');
  if (os !== 'linux') return false;
  if (arch === '386') return true;
  return arch === 'amd64' && (variant === undefined || ['v2', 'v3'].includes(variant));
}

/** What runc prints on stderr when execve refuses a binary of another CPU. */
export function execFormatError(path: string): string {
  return `exec ${path}: exec format error`;
}

/**
 * moby daemon/create.go: the create warning for an image whose only platform is not the host's,
 * when no `--platform` was given. Null when there is nothing to warn about.
 */
export function platformMismatchWarning(
  imagePlatforms: readonly string[] | undefined,
): string | null {
  if (!imagePlatforms || imagePlatforms.length !== 1) return null;
  const only = normalizePlatform(imagePlatforms[0]);
  if (runsOnHost(only)) return null;
  return `The requested image's platform (${only}) does not match the detected host platform (${HOST_PLATFORM_MAX}) and no specific platform was requested`;
}

/**
 * The platform a new container runs as: the requested one (`--platform` or DOCKER_DEFAULT_PLATFORM),
 * else the only platform of a single-platform image, else the host's.
 */
export function containerPlatform(
  requested: string | undefined,
  imagePlatforms: readonly string[] | undefined,
): string {
  if (requested) return normalizePlatform(requested);
  if (imagePlatforms && imagePlatforms.length === 1) return normalizePlatform(imagePlatforms[0]);
  if (imagePlatforms && imagePlatforms.length > 1 && !imagePlatforms.some(runsOnHost))
    return normalizePlatform(imagePlatforms[0]);
  return HOST_PLATFORM;
}

const TRUNC_MAJOR_PLATFORMS = [
  'linux/amd64',
  'linux/arm64',
  'linux/arm',
  'linux/ppc64le',
  'linux/s390x',
  'linux/riscv64',
  'linux/mips64',
];

const osArch = (pf: string): string => pf.replace(/\*$/, '').split('/').slice(0, 2).join('/');

/**
 * docker/buildx v0.36.1 commands/ls.go truncPlatforms(pfs, max).String(): the PLATFORMS cell of
 * `docker buildx ls`, grouping variants of one architecture as `linux/amd64 (+3)`.
 */
export function truncatePlatforms(pfs: readonly string[], max = 4): string {
  const groups = new Map<string, string[]>();
  for (const major of TRUNC_MAJOR_PLATFORMS)
    for (const pf of pfs) {
      if (groups.size >= max) break;
      if (osArch(pf) === major) groups.set(major, [...(groups.get(major) ?? []), pf]);
    }
  const left = new Map<string, string[]>();
  for (const pf of pfs) {
    if (groups.size >= max) break;
    const key = osArch(pf);
    if (!groups.has(key)) left.set(key, [...(left.get(key) ?? []), pf]);
  }
  for (const [k, v] of left) groups.set(k, v);
  const cell = (key: string, list: readonly string[]): string => {
    if (list.length === 1) return list[0];
    return `${key}${list.some((p) => p.endsWith('*')) ? '*' : ''} (+${list.length})`;
  };
  const out: string[] = [];
  let count = 0;
  const seen = new Set<string>();
  for (const major of TRUNC_MAJOR_PLATFORMS) {
    const list = groups.get(major);
    if (!list) continue;
    seen.add(major);
    out.push(cell(major, list));
    count += list.length;
  }
  for (const key of [...groups.keys()].sort()) {
    if (out.length >= max) break;
    if (seen.has(key)) continue;
    const list = groups.get(key) ?? [];
    out.push(cell(key, list));
    count += list.length;
  }
  if (pfs.length - count > 0) out.push(`(${pfs.length - count} more)`);
  return out.join(', ');
}
