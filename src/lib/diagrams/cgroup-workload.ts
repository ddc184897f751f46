/**
 * What a workload does against cgroup v2 limits over time: the model behind the CgroupLimiter's
 * timeline. The rules come from the kernel's documentation (Documentation/admin-guide/cgroup-v2.rst,
 * Documentation/scheduler/sched-bwc.rst) and moby's monitor (daemon/monitor.go at docker-v29.7.2):
 *
 * - CPU: `cpu.max` "$MAX $PERIOD" lets the group consume up to MAX in each PERIOD. Runnable threads
 *   burn the quota in parallel; once it is gone the group is throttled until the period ends.
 *   `nr_periods` and `nr_throttled` are counted by the period timer, at the end of each period.
 * - Memory: at `memory.max` the kernel first reclaims (clean page cache can be dropped; anonymous
 *   memory only moves to swap), counting `max` in memory.events; if reclaim cannot make room the
 *   OOM killer kills one process of the cgroup (`oom`, `oom_kill`). moby sets State.OOMKilled on
 *   the OOM event, so a killed worker leaves the container running with OOMKilled true; a killed
 *   PID 1 ends the container with 128 + 9 = 137.
 * - PIDs: at `pids.max` fork() and clone() fail with EAGAIN; `max` in pids.events counts the failures.
 *
 * Time steps and growth rates are a model chosen to make each rule visible, not measurements.
 */
import {CPU_PERIOD_US, formatMemoryLabel, type Limits} from './cgroup';

export type WorkloadKind = 'cpu' | 'memory' | 'pids';

/** Host cores in the model: threads beyond this would wait for a core, not for the quota. */
export const HOST_CORES = 4;
export const PERIOD_MS = CPU_PERIOD_US / 1000;
export const CPU_STEP_MS = 5;
export const CPU_PERIODS_SHOWN = 3;

export interface CpuWorkload {
  /** Busy threads, 1 … HOST_CORES. */
  readonly threads: number;
}

export interface MemoryWorkload {
  /** Anonymous memory (heap) the growing process wants, MiB. */
  readonly anonMiB: number;
  /** Page cache of the files it reads, MiB. */
  readonly cacheMiB: number;
  /** Which process allocates: a worker under PID 1, or PID 1 itself. */
  readonly grower: 'worker' | 'pid1';
}

export const WORKLOAD_RANGES = {
  threads: {min: 1, max: HOST_CORES, step: 1},
  anonMiB: {min: 64, max: 2048, step: 64},
  cacheMiB: {min: 0, max: 1024, step: 64},
} as const;

export const DEFAULT_CPU_WORKLOAD: CpuWorkload = {threads: 4};
export const DEFAULT_MEMORY_WORKLOAD: MemoryWorkload = {
  anonMiB: 768,
  cacheMiB: 256,
  grower: 'worker',
};

export interface Counter {
  /** e.g. `cpu.stat nr_throttled`, `.State.OOMKilled` */
  readonly name: string;
  readonly value: string;
}

const counter = (name: string, value: string | number | boolean): Counter => ({
  name,
  value: String(value),
});

/** One point in time with the counters a reader could `cat` at that moment. */
export interface Frame {
  /** Label of the moment, e.g. "35 ms" or "4단계". */
  readonly at: string;
  /** What the kernel does at this moment, one Korean sentence. */
  readonly event: string;
  /** The values a reader could read at this moment: a cgroup file's key, or an inspect field. */
  readonly counters: readonly Counter[];
  /** Whether a limit bites at this moment (throttled, reclaiming, killed, fork failing). */
  readonly limited: boolean;
}

// ---------------------------------------------------------------- CPU

export interface CpuPlan {
  /** Threads that run at once (threads, at most HOST_CORES). */
  readonly parallel: number;
  readonly quotaMs: number;
  /** Time into each period at which the quota runs out (PERIOD_MS if it never does). */
  readonly runMs: number;
  readonly throttled: boolean;
  /** CPU time used per period, µs. */
  readonly usagePerPeriodUs: number;
}

export function cpuPlan(cpus: number, workload: CpuWorkload): CpuPlan {
  const parallel = Math.min(workload.threads, HOST_CORES);
  const quotaMs = cpus * PERIOD_MS;
  const demandMs = parallel * PERIOD_MS;
  const throttled = quotaMs < demandMs;
  const runMs = throttled ? quotaMs / parallel : PERIOD_MS;
  return {
    parallel,
    quotaMs,
    runMs,
    throttled,
    usagePerPeriodUs: Math.round(Math.min(quotaMs, demandMs) * 1000),
  };
}

const ms = (value: number): string => `${Number(value.toFixed(1))} ms`;

export function cpuFrames(cpus: number, workload: CpuWorkload): Frame[] {
  const plan = cpuPlan(cpus, workload);
  const frames: Frame[] = [];
  const total = CPU_PERIODS_SHOWN * PERIOD_MS;
  for (let t = CPU_STEP_MS; t <= total; t += CPU_STEP_MS) {
    const periodsDone = Math.floor(t / PERIOD_MS);
    const inPeriod = t - periodsDone * PERIOD_MS;
    const usedInPeriodMs = Math.min(inPeriod === 0 ? 0 : inPeriod, plan.runMs) * plan.parallel;
    const usageUs = periodsDone * plan.usagePerPeriodUs + Math.round(usedInPeriodMs * 1000);
    const running = inPeriod !== 0 && inPeriod <= plan.runMs;
    const quotaLeftMs = plan.throttled ? Math.max(0, plan.quotaMs - usedInPeriodMs) : null;
    let event: string;
    if (inPeriod === 0)
      event = plan.throttled
        ? `주기가 끝났습니다. 주기 타이머가 nr_periods와 nr_throttled를 1씩 올리고 할당량 ${ms(plan.quotaMs)}를 다시 채웁니다.`
        : '주기가 끝났습니다. 할당량을 다 쓰지 않았으므로 nr_periods만 1 늘어납니다.';
    else if (!plan.throttled)
      event = `스레드 ${plan.parallel}개가 모두 실행 중입니다. 쓰는 양(코어 ${plan.parallel}개분)이 한도 안이라 멈추지 않습니다.`;
    else if (running)
      event = `스레드 ${plan.parallel}개가 함께 할당량을 씁니다. 남은 할당량 ${ms(quotaLeftMs ?? 0)}.`;
    else
      event = `할당량을 ${ms(plan.runMs)} 시점에 다 썼습니다. 주기가 끝날 때까지 ${ms(PERIOD_MS - plan.runMs)} 동안 스로틀링됩니다. 이때 들어온 요청은 기다립니다.`;
    frames.push({
      at: `${t} ms`,
      event,
      limited: plan.throttled && !running && inPeriod !== 0,
      counters: [
        counter('cpu.stat usage_usec', usageUs),
        counter('cpu.stat nr_periods', periodsDone),
        counter('cpu.stat nr_throttled', plan.throttled ? periodsDone : 0),
      ],
    });
  }
  return frames;
}

// ---------------------------------------------------------------- memory

/** Anonymous memory of PID 1 (a supervisor such as nginx's master) in the model, MiB. */
export const PID1_BASE_MIB = 8;
const MEMORY_GROWTH_STEPS = 8;
export const MEMORY_STEPS = 12;

export type MemoryOutcome = 'fits' | 'reclaimed' | 'worker-killed' | 'pid1-killed';

export interface MemoryPoint {
  readonly anonMiB: number;
  readonly cacheMiB: number;
  readonly containerRunning: boolean;
}

export interface MemoryRun {
  readonly points: readonly MemoryPoint[];
  readonly frames: readonly Frame[];
  readonly outcome: MemoryOutcome;
  /** Index of the frame where the OOM kill happened, if any. */
  readonly killedAt: number | null;
}

export function memoryRun(limitMiB: number, workload: MemoryWorkload): MemoryRun {
  const points: MemoryPoint[] = [];
  const frames: Frame[] = [];
  const events = {max: 0, oom: 0, oomKill: 0};
  let grown = {anon: 0, cache: 0};
  let killedAt: number | null = null;
  let reclaimed = false;
  let running = true;
  let growing = true;
  const growerName = workload.grower === 'worker' ? '워커' : 'PID 1';

  for (let step = 1; step <= MEMORY_STEPS && running; step += 1) {
    if (growing) {
      const share = Math.min(step, MEMORY_GROWTH_STEPS) / MEMORY_GROWTH_STEPS;
      grown = {anon: workload.anonMiB * share, cache: workload.cacheMiB * share};
    }
    let anon = PID1_BASE_MIB + (growing ? grown.anon : 0);
    let cache = grown.cache;
    let event: string;
    let limited = false;
    if (anon + cache <= limitMiB) {
      event = growing
        ? `${growerName}가 메모리를 늘려 갑니다. 익명 메모리와 페이지 캐시를 합해도 한도 안입니다.`
        : '남은 프로세스가 한도 안에서 계속 실행됩니다.';
    } else {
      events.max += 1;
      limited = true;
      if (anon <= limitMiB) {
        cache = limitMiB - anon;
        reclaimed = true;
        event = `한도에 닿아 커널이 페이지 캐시를 비웁니다(회수, reclaim). 파일에서 다시 읽으면 되는 캐시라 ${formatMemoryLabel(Math.round(cache))}만 남기고 버립니다.`;
      } else {
        events.oom += 1;
        events.oomKill += 1;
        killedAt = step - 1;
        cache = Math.max(0, Math.min(cache, limitMiB - PID1_BASE_MIB));
        if (workload.grower === 'worker') {
          anon = PID1_BASE_MIB;
          growing = false;
          event =
            '캐시를 다 비워도 익명 메모리가 한도를 넘습니다(스왑 없음). OOM 킬러가 가장 큰 프로세스인 워커를 SIGKILL로 끝냅니다. PID 1은 살아 있으므로 컨테이너는 계속 running입니다.';
        } else {
          running = false;
          event =
            '캐시를 다 비워도 익명 메모리가 한도를 넘습니다(스왑 없음). OOM 킬러가 PID 1을 SIGKILL로 끝냈으므로 컨테이너가 종료 코드 137로 멈춥니다.';
        }
      }
    }
    points.push({anonMiB: anon, cacheMiB: cache, containerRunning: running});
    frames.push({
      at: `${step}단계`,
      event,
      limited,
      counters: [
        counter('memory.stat anon', formatMemoryLabel(Math.round(anon))),
        counter('memory.stat file', formatMemoryLabel(Math.round(cache))),
        counter('memory.events max', events.max),
        counter('memory.events oom_kill', events.oomKill),
        counter('.State.Status', running ? 'running' : 'exited'),
        counter('.State.OOMKilled', events.oomKill > 0),
        counter('.State.ExitCode', running ? 0 : 137),
      ],
    });
  }
  const outcome: MemoryOutcome =
    killedAt === null
      ? reclaimed
        ? 'reclaimed'
        : 'fits'
      : workload.grower === 'worker'
        ? 'worker-killed'
        : 'pid1-killed';
  return {points, frames, outcome, killedAt};
}

// ---------------------------------------------------------------- PIDs

export interface PidsPoint {
  readonly current: number;
  readonly failed: number;
}

export interface PidsRun {
  readonly points: readonly PidsPoint[];
  readonly frames: readonly Frame[];
  /** Index of the first frame at which a fork failed. */
  readonly firstFailure: number;
}

const PIDS_CLIMB_STEPS = 6;
const PIDS_STEPS_AFTER_LIMIT = 2;

/**
 * `for i in $(seq 2000); do sleep 60 & done` in a container whose PID 1 is bash: every step
 * starts a share of the loop's sleeps until pids.current reaches pids.max.
 */
export function pidsRun(pidsMax: number): PidsRun {
  const perStep = Math.ceil(pidsMax / PIDS_CLIMB_STEPS);
  const points: PidsPoint[] = [];
  const frames: Frame[] = [];
  let current = 1;
  let failed = 0;
  let firstFailure = -1;
  for (
    let step = 1;
    firstFailure < 0 || step - 1 - firstFailure < PIDS_STEPS_AFTER_LIMIT + 1;
    step += 1
  ) {
    const accepted = Math.min(perStep, pidsMax - current);
    current += accepted;
    const refused = perStep - accepted;
    failed += refused;
    if (refused > 0 && firstFailure < 0) firstFailure = step - 1;
    points.push({current, failed});
    frames.push({
      at: `${step}단계`,
      event:
        refused > 0
          ? `pids.current가 pids.max(${pidsMax})에 닿아 fork()가 EAGAIN으로 실패합니다(이번 단계 ${refused}번). bash는 "fork: retry: Resource temporarily unavailable"을 찍습니다. 이미 있던 프로세스는 살아 있습니다.`
          : `반복문이 sleep 프로세스를 ${accepted}개 더 띄웠습니다.`,
      limited: refused > 0,
      counters: [
        counter('pids.current', current),
        counter('pids.max', pidsMax),
        counter('pids.events max', failed),
      ],
    });
  }
  return {points, frames, firstFailure};
}

// ---------------------------------------------------------------- all kinds

export interface Workloads {
  readonly cpu: CpuWorkload;
  readonly memory: MemoryWorkload;
}

export function framesFor(kind: WorkloadKind, limits: Limits, workloads: Workloads): Frame[] {
  switch (kind) {
    case 'cpu':
      return cpuFrames(limits.cpus, workloads.cpu);
    case 'memory':
      return [...memoryRun(limits.memoryMiB, workloads.memory).frames];
    case 'pids':
      return [...pidsRun(limits.pids).frames];
  }
}

/** One-sentence verdict for the whole run, for the caption and the no-JavaScript listing. */
export function summaryFor(kind: WorkloadKind, limits: Limits, workloads: Workloads): string {
  switch (kind) {
    case 'cpu': {
      const plan = cpuPlan(limits.cpus, workloads.cpu);
      return plan.throttled
        ? `스레드 ${plan.parallel}개가 100 ms마다 할당량 ${ms(plan.quotaMs)}를 ${ms(plan.runMs)} 만에 다 쓰고 ${ms(PERIOD_MS - plan.runMs)}씩 멈춥니다. 느려질 뿐 죽지는 않습니다.`
        : `스레드 ${plan.parallel}개가 쓰는 CPU가 한도 안이라 스로틀링이 없습니다.`;
    }
    case 'memory': {
      const run = memoryRun(limits.memoryMiB, workloads.memory);
      return {
        fits: '익명 메모리와 캐시를 합해도 한도 안이라 아무 일도 일어나지 않습니다.',
        reclaimed:
          '한도에 닿을 때마다 커널이 페이지 캐시를 비워 자리를 만듭니다. 익명 메모리가 한도 안이라 OOM 킬은 없습니다.',
        'worker-killed':
          '캐시를 비워도 모자라 OOM 킬러가 워커를 끝냅니다. PID 1이 살아 있어 컨테이너는 running이지만 OOMKilled는 true가 됩니다.',
        'pid1-killed':
          '캐시를 비워도 모자라 OOM 킬러가 PID 1을 끝냅니다. 컨테이너는 종료 코드 137로 멈추고 OOMKilled는 true입니다.',
      }[run.outcome];
    }
    case 'pids':
      return `프로세스 수가 ${limits.pids}개에 닿은 뒤로는 새 프로세스만 만들어지지 않습니다. 포크 폭탄이 호스트 전체를 멈추지 못합니다.`;
  }
}
