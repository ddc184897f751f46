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

export type LoadKind = 'none' | 'cpu' | 'memory' | 'pids';

export const LOAD_KINDS: readonly {readonly id: LoadKind; readonly label: string}[] = [
  {id: 'none', label: '부하 없음'},
  {id: 'cpu', label: 'CPU: 4개 스레드가 쉬지 않고 계산'},
  {id: 'memory', label: '메모리: 한계보다 많이 할당'},
  {id: 'pids', label: '프로세스: 끝없이 fork'},
];

/** Busy threads in the CPU load scenario, and how long it runs (seconds). */
export const CPU_LOAD_THREADS = 4;
export const CPU_LOAD_SECONDS = 10;

export interface LoadOutcome {
  readonly title: string;
  readonly explanation: string;
  /** Commands a reader could run to see it, each with its output lines. */
  readonly checks: readonly {readonly command: string; readonly output: readonly string[]}[];
  /** Whether the limit is hit ("danger") or not. */
  readonly limited: boolean;
}

/** `cpu.stat` after the CPU load scenario, as the kernel accounts it. */
export function cpuStatAfterLoad(cpus: number): {
  usageUsec: number;
  nrPeriods: number;
  nrThrottled: number;
} {
  const nrPeriods = (CPU_LOAD_SECONDS * 1_000_000) / CPU_PERIOD_US;
  const throttled = cpus < CPU_LOAD_THREADS;
  const perPeriod = throttled ? cpuQuotaUs(cpus) : CPU_LOAD_THREADS * CPU_PERIOD_US;
  return {usageUsec: perPeriod * nrPeriods, nrPeriods, nrThrottled: throttled ? nrPeriods : 0};
}

export function simulateLoad(limits: Limits, load: LoadKind): LoadOutcome {
  switch (load) {
    case 'cpu': {
      const stat = cpuStatAfterLoad(limits.cpus);
      const cores = formatCpus(limits.cpus);
      return {
        limited: stat.nrThrottled > 0,
        title:
          stat.nrThrottled > 0
            ? 'CPU 스로틀링: 느려지지만 죽지는 않습니다'
            : '한도 안: 스로틀링 없음',
        explanation:
          stat.nrThrottled > 0
            ? `스레드 ${CPU_LOAD_THREADS}개가 코어 ${CPU_LOAD_THREADS}개만큼 일하려 하지만, 커널은 100 ms 주기마다 ${cpuQuotaUs(limits.cpus) / 1000} ms(코어 ${cores}개분)만 허락합니다. 몫을 다 쓰면 다음 주기까지 멈추고, 그때마다 nr_throttled가 1씩 늘어납니다. ${CPU_LOAD_SECONDS}초 동안이면 주기 ${stat.nrPeriods}번이 모두 스로틀링됩니다.`
            : `한도(코어 ${cores}개)가 스레드 ${CPU_LOAD_THREADS}개의 요구보다 크거나 같아서 멈출 일이 없습니다. nr_throttled는 0에 머뭅니다.`,
        checks: [
          {
            command: 'docker exec web cat /sys/fs/cgroup/cpu.stat',
            output: [
              `usage_usec ${stat.usageUsec}`,
              `nr_periods ${stat.nrPeriods}`,
              `nr_throttled ${stat.nrThrottled}`,
            ],
          },
        ],
      };
    }
    case 'memory':
      return {
        limited: true,
        title: 'OOM 킬: 컨테이너가 종료 코드 137로 끝납니다',
        explanation: `프로세스가 ${formatMemoryLabel(limits.memoryMiB)}(memory.max)를 넘겨 쓰려 하면 커널이 먼저 캐시를 비우고 스왑으로 밀어내 봅니다. 그래도 모자라면 cgroup 안에서 OOM 킬러가 프로세스를 SIGKILL로 끝냅니다. 주 프로세스가 죽으면 컨테이너는 128 + 9 = 137로 종료되고, docker inspect의 OOMKilled가 true가 됩니다.`,
        checks: [
          {
            command: "docker inspect --format '{{.State.OOMKilled}} {{.State.ExitCode}}' web",
            output: ['true 137'],
          },
          {
            command: "docker ps -a --filter name=web --format '{{.Status}}'",
            output: ['Exited (137) 5 seconds ago'],
          },
        ],
      };
    case 'pids':
      return {
        limited: true,
        title: 'fork 실패: 새 프로세스를 만들 수 없습니다',
        explanation: `cgroup 안의 프로세스와 스레드가 ${limits.pids}개(pids.max)에 닿으면 fork()와 clone()이 EAGAIN으로 실패합니다. 이미 돌던 프로세스는 살아 있고 새로 만들려는 시도만 막히므로, 포크 폭탄이 호스트 전체를 멈추지 못합니다.`,
        checks: [
          {
            command: 'for i in $(seq 2000); do sleep 60 & done   # 컨테이너 안의 bash에서',
            output: ['bash: fork: retry: Resource temporarily unavailable'],
          },
          {command: 'docker exec web cat /sys/fs/cgroup/pids.events', output: ['max 1']},
        ],
      };
    default:
      return {
        limited: false,
        title: '평소 상태',
        explanation:
          '한도는 상한일 뿐 예약이 아닙니다. 컨테이너가 한도보다 적게 쓰는 동안에는 아무 일도 일어나지 않고, 남는 자원은 다른 프로세스가 씁니다.',
        checks: [
          {
            command: "docker stats --no-stream --format 'table {{.Name}}\\t{{.MemUsage}}' web",
            output: [
              'NAME      MEM USAGE / LIMIT',
              `web       9.8MiB / ${formatMemoryLabel(limits.memoryMiB).replace(' ', '')}`,
            ],
          },
        ],
      };
  }
}

/** Snaps a value onto a range's step grid and clamps it. */
export function snap(
  value: number,
  range: {readonly min: number; readonly max: number; readonly step: number},
): number {
  const stepped = Math.round((value - range.min) / range.step) * range.step + range.min;
  return Math.min(range.max, Math.max(range.min, Number(stepped.toFixed(4))));
}
