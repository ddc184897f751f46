/**
 * How `docker run` resource flags become cgroup v2 interface files.
 * Mirrors what runc writes (libcontainer/cgroups/fs2): `--cpus` becomes a
 * quota over the default 100 ms period in `cpu.max`, `--memory` becomes
 * `memory.max` in bytes, `--pids-limit` becomes `pids.max`.
 */

/** CFS period Docker uses for `--cpus` (microseconds). */
export const CPU_PERIOD_US = 100_000;
export const MIB = 1024 * 1024;

export interface Limits {
  /** CPU cores, e.g. 1.5 for `--cpus=1.5`. */
  readonly cpus: number;
  /** Memory limit in MiB. */
  readonly memoryMiB: number;
  /** Maximum number of tasks (processes and threads). */
  readonly pids: number;
}

export const LIMIT_RANGES = {
  cpus: {min: 0.25, max: 4, step: 0.25},
  memoryMiB: {min: 64, max: 2048, step: 64},
  pids: {min: 16, max: 1024, step: 16},
} as const;

export const DEFAULT_LIMITS: Limits = {cpus: 1.5, memoryMiB: 512, pids: 256};

/** `--cpus=1.5` → quota 150000 µs per 100000 µs period. */
export function cpuQuotaUs(cpus: number): number {
  return Math.round(cpus * CPU_PERIOD_US);
}

/** Contents of `cpu.max`: "<quota> <period>". */
export function cpuMax(cpus: number): string {
  return `${cpuQuotaUs(cpus)} ${CPU_PERIOD_US}`;
}

/** Formats a core count the way a reader would type it: 0.25, 1, 1.5. */
export function formatCpus(cpus: number): string {
  return String(Number(cpus.toFixed(2)));
}

/**
 * Parses a Docker memory size ("512m", "1g", "64M", "1048576") into bytes.
 * Units are binary (1k = 1024), as in Docker's `units.RAMInBytes`.
 */
export function parseMemory(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([bkmg])?b?$/i.exec(value.trim());
  if (!match) throw new Error(`invalid size: ${value}`);
  const amount = Number(match[1]);
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = {b: 1, k: 1024, m: MIB, g: 1024 * MIB}[unit] ?? 1;
  return Math.round(amount * factor);
}

/** The shortest exact flag value: 1024 MiB → "1g", 1536 MiB → "1536m". */
export function formatMemoryFlag(memoryMiB: number): string {
  return memoryMiB % 1024 === 0 ? `${memoryMiB / 1024}g` : `${memoryMiB}m`;
}

/** Human label for a size in MiB: "512 MiB", "1.5 GiB". */
export function formatMemoryLabel(memoryMiB: number): string {
  return memoryMiB >= 1024 ? `${Number((memoryMiB / 1024).toFixed(2))} GiB` : `${memoryMiB} MiB`;
}

export function memoryBytes(memoryMiB: number): number {
  return memoryMiB * MIB;
}

export interface CgroupFile {
  readonly name: string;
  readonly value: string;
  readonly note: string;
}

/** The `docker run` flags for a set of limits, in the order a reader writes them. */
export function dockerFlags(limits: Limits): string[] {
  return [
    `--cpus=${formatCpus(limits.cpus)}`,
    `--memory=${formatMemoryFlag(limits.memoryMiB)}`,
    `--pids-limit=${limits.pids}`,
  ];
}

export function dockerRunCommand(limits: Limits, image = 'nginx'): string {
  return `docker run -d ${dockerFlags(limits).join(' ')} ${image}`;
}

/**
 * The cgroup v2 files the limits produce. Without `--memory-swap`, Docker lets
 * the container use as much swap as memory (memory-swap = 2 × memory), and
 * runc writes the swap-only part to `memory.swap.max`.
 */
export function cgroupFiles(limits: Limits): CgroupFile[] {
  const bytes = memoryBytes(limits.memoryMiB);
  return [
    {
      name: 'cpu.max',
      value: cpuMax(limits.cpus),
      note: `${CPU_PERIOD_US / 1000} ms마다 CPU 시간 ${cpuQuotaUs(limits.cpus) / 1000} ms까지`,
    },
    {
      name: 'memory.max',
      value: String(bytes),
      note: `${formatMemoryLabel(limits.memoryMiB)} = ${limits.memoryMiB} × 1024 × 1024 바이트`,
    },
    {
      name: 'memory.swap.max',
      value: String(bytes),
      note: '--memory-swap을 주지 않으면 메모리만큼 스왑 허용(호스트에 스왑이 있을 때)',
    },
    {name: 'pids.max', value: String(limits.pids), note: '프로세스와 스레드를 합한 최대 개수'},
  ];
}

/** Snaps a value onto a range's step grid and clamps it. */
export function snap(
  value: number,
  range: {readonly min: number; readonly max: number; readonly step: number},
): number {
  const stepped = Math.round((value - range.min) / range.step) * range.step + range.min;
  return Math.min(range.max, Math.max(range.min, Number(stepped.toFixed(4))));
}
