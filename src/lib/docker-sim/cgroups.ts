/**
 * The cgroup v2 files a container sees at /sys/fs/cgroup, written from its HostConfig limits as
 * runc sets them (runc v1.4.3 libcontainer/cgroups/fs2: cpu.max "<quota> <period>" with the
 * daemon's period of 100000 µs for --cpus, memory.max in bytes, pids.max; "max" when unlimited).
 */
import type {ContainerRecord} from './state';
import {mkdirp} from './vfs';

export const CGROUP_DIR = '/sys/fs/cgroup';
/** moby daemon_unix.go: --cpus sets CPUQuota = NanoCPUs × period / 1e9 with a 100 ms period. */
const CPU_PERIOD_US = 100000;

/** cpu.stat fields (kernel cgroup-v2.rst). The playground measures no CPU time: all zero. */
const CPU_STAT_KEYS = [
  'usage_usec',
  'user_usec',
  'system_usec',
  'nr_periods',
  'nr_throttled',
  'throttled_usec',
  'nr_bursts',
  'burst_usec',
];

export function cpuMax(nanoCpus: number): string {
  if (nanoCpus <= 0) return `max ${CPU_PERIOD_US}`;
  return `${Math.round((nanoCpus * CPU_PERIOD_US) / 1e9)} ${CPU_PERIOD_US}`;
}

/** (Re)writes the limit files in the container's root file system. */
export function writeCgroupFiles(c: ContainerRecord): void {
  mkdirp(c.rootfs, CGROUP_DIR);
  const files = c.rootfs.files;
  files[`${CGROUP_DIR}/cpu.max`] = `${cpuMax(c.nanoCpus ?? 0)}\n`;
  files[`${CGROUP_DIR}/memory.max`] = `${(c.memory ?? 0) > 0 ? c.memory : 'max'}\n`;
  const swap = c.memorySwap ?? 0;
  files[`${CGROUP_DIR}/memory.swap.max`] =
    `${(c.memory ?? 0) > 0 && swap > 0 ? swap - (c.memory ?? 0) : 'max'}\n`;
  files[`${CGROUP_DIR}/pids.max`] = `${(c.pidsLimit ?? 0) > 0 ? c.pidsLimit : 'max'}\n`;
  files[`${CGROUP_DIR}/cpu.stat`] = CPU_STAT_KEYS.map((k) => `${k} 0\n`).join('');
}
