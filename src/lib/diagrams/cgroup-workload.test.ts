import {describe, expect, it} from 'vitest';
import {DEFAULT_LIMITS} from './cgroup';
import {
  DEFAULT_CPU_WORKLOAD,
  DEFAULT_MEMORY_WORKLOAD,
  HOST_CORES,
  PID1_BASE_MIB,
  cpuFrames,
  cpuPlan,
  framesFor,
  memoryRun,
  pidsRun,
  summaryFor,
  type Frame,
} from './cgroup-workload';

const value = (frame: Frame | undefined, name: string): string | undefined =>
  frame?.counters.find((c) => c.name === name)?.value;

describe('CPU: the quota is burnt in parallel, then the group stalls until the period ends', () => {
  it('4 threads under --cpus=1.5 run 37.5 ms of every 100 ms period', () => {
    const plan = cpuPlan(1.5, {threads: 4});
    expect(plan).toMatchObject({parallel: 4, quotaMs: 150, runMs: 37.5, throttled: true});
    expect(plan.usagePerPeriodUs).toBe(150_000);
  });

  it('1 thread under --cpus=0.5 runs 50 ms; 2 threads under --cpus=2 are never throttled', () => {
    expect(cpuPlan(0.5, {threads: 1}).runMs).toBe(50);
    const free = cpuPlan(2, {threads: 2});
    expect(free.throttled).toBe(false);
    expect(free.runMs).toBe(100);
    expect(free.usagePerPeriodUs).toBe(200_000);
  });

  it('threads beyond the host cores do not burn more quota', () => {
    expect(cpuPlan(4, {threads: HOST_CORES + 4}).parallel).toBe(HOST_CORES);
  });

  it('marks the frames after the quota ran out as throttled, and counts periods at their end', () => {
    const frames = cpuFrames(1.5, {threads: 4});
    expect(frames).toHaveLength(60);
    const at = (label: string) => frames.find((f) => f.at === label);
    expect(at('35 ms')?.limited).toBe(false);
    expect(at('40 ms')?.limited).toBe(true);
    expect(at('95 ms')?.limited).toBe(true);
    expect(value(at('95 ms'), 'cpu.stat nr_periods')).toBe('0');
    expect(value(at('100 ms'), 'cpu.stat nr_periods')).toBe('1');
    expect(value(at('100 ms'), 'cpu.stat nr_throttled')).toBe('1');
    expect(value(at('105 ms'), 'cpu.stat usage_usec')).toBe(String(150_000 + 20_000));
    expect(value(frames.at(-1), 'cpu.stat usage_usec')).toBe('450000');
    expect(value(frames.at(-1), 'cpu.stat nr_throttled')).toBe('3');
  });

  it('never throttles when the limit covers the demand', () => {
    const frames = cpuFrames(4, {threads: 4});
    expect(frames.some((f) => f.limited)).toBe(false);
    expect(value(frames.at(-1), 'cpu.stat nr_throttled')).toBe('0');
    expect(value(frames.at(-1), 'cpu.stat nr_periods')).toBe('3');
  });
});

describe('memory: page cache is reclaimed first, anonymous memory over the limit is OOM-killed', () => {
  it('fits without any event when anon + cache stay under the limit', () => {
    const run = memoryRun(1024, {anonMiB: 256, cacheMiB: 256, grower: 'worker'});
    expect(run.outcome).toBe('fits');
    expect(value(run.frames.at(-1), 'memory.events max')).toBe('0');
  });

  it('reclaims page cache and never kills while anon fits', () => {
    const run = memoryRun(512, {anonMiB: 384, cacheMiB: 512, grower: 'worker'});
    expect(run.outcome).toBe('reclaimed');
    expect(run.killedAt).toBeNull();
    const last = run.points.at(-1)!;
    expect(last.anonMiB + last.cacheMiB).toBe(512);
    expect(last.cacheMiB).toBe(512 - 384 - PID1_BASE_MIB);
    expect(Number(value(run.frames.at(-1), 'memory.events max'))).toBeGreaterThan(0);
    expect(value(run.frames.at(-1), 'memory.events oom_kill')).toBe('0');
  });

  it('an OOM-killed worker leaves the container running, with OOMKilled true', () => {
    const run = memoryRun(512, DEFAULT_MEMORY_WORKLOAD);
    expect(run.outcome).toBe('worker-killed');
    expect(run.killedAt).not.toBeNull();
    const killed = run.frames[run.killedAt!];
    expect(value(killed, 'memory.events oom_kill')).toBe('1');
    expect(value(killed, '.State.Status')).toBe('running');
    expect(value(killed, '.State.OOMKilled')).toBe('true');
    // The worker's memory is gone; the run goes on under the limit.
    expect(run.points[run.killedAt!]!.anonMiB).toBe(PID1_BASE_MIB);
    expect(run.frames.length).toBeGreaterThan(run.killedAt! + 1);
    expect(value(run.frames.at(-1), 'memory.events oom_kill')).toBe('1');
  });

  it('an OOM-killed PID 1 stops the container with 137', () => {
    const run = memoryRun(512, {...DEFAULT_MEMORY_WORKLOAD, grower: 'pid1'});
    expect(run.outcome).toBe('pid1-killed');
    expect(run.frames).toHaveLength(run.killedAt! + 1);
    const last = run.frames.at(-1);
    expect(value(last, '.State.Status')).toBe('exited');
    expect(value(last, '.State.ExitCode')).toBe('137');
    expect(value(last, '.State.OOMKilled')).toBe('true');
  });

  it('a larger limit turns the same workload from an OOM kill into reclaim only', () => {
    expect(memoryRun(512, DEFAULT_MEMORY_WORKLOAD).outcome).toBe('worker-killed');
    expect(memoryRun(1024, DEFAULT_MEMORY_WORKLOAD).outcome).toBe('reclaimed');
    expect(memoryRun(1536, DEFAULT_MEMORY_WORKLOAD).outcome).toBe('fits');
  });
});

describe('PIDs: the counter climbs to pids.max, then fork fails', () => {
  it('stops at pids.max and counts every refused fork', () => {
    const run = pidsRun(256);
    expect(Math.max(...run.points.map((p) => p.current))).toBe(256);
    const firstFailure = run.frames[run.firstFailure];
    expect(firstFailure?.limited).toBe(true);
    expect(run.frames.slice(0, run.firstFailure).every((f) => !f.limited)).toBe(true);
    const last = run.points.at(-1)!;
    expect(last.current).toBe(256);
    expect(value(run.frames.at(-1), 'pids.events max')).toBe(String(last.failed));
    expect(last.failed).toBeGreaterThan(0);
  });

  it('reaches the limit in about the same number of steps whatever the limit', () => {
    expect(pidsRun(16).frames.length).toBe(pidsRun(1024).frames.length);
  });
});

describe('all workloads', () => {
  const workloads = {cpu: DEFAULT_CPU_WORKLOAD, memory: DEFAULT_MEMORY_WORKLOAD};

  it('gives frames and a verdict that follow the limits', () => {
    for (const kind of ['cpu', 'memory', 'pids'] as const) {
      expect(framesFor(kind, DEFAULT_LIMITS, workloads).length).toBeGreaterThan(3);
      expect(summaryFor(kind, DEFAULT_LIMITS, workloads)).not.toBe('');
    }
    expect(summaryFor('cpu', {...DEFAULT_LIMITS, cpus: 4}, workloads)).toContain(
      '스로틀링이 없습니다',
    );
    expect(summaryFor('memory', {...DEFAULT_LIMITS, memoryMiB: 2048}, workloads)).toContain(
      '아무 일도',
    );
  });
});
