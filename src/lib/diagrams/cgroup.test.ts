import {describe, expect, it} from 'vitest';
import {
  DEFAULT_LIMITS,
  LIMIT_RANGES,
  cgroupFiles,
  cpuMax,
  dockerFlags,
  dockerRunCommand,
  formatMemoryFlag,
  parseMemory,
  snap,
} from './cgroup';

describe('docker run flags → cgroup v2 files', () => {
  it('--cpus=1.5 becomes cpu.max "150000 100000" (Docker docs: --cpu-quota=150000 over --cpu-period=100000)', () => {
    expect(cpuMax(1.5)).toBe('150000 100000');
    expect(cpuMax(0.25)).toBe('25000 100000');
    expect(cpuMax(4)).toBe('400000 100000');
  });

  it('--memory=512m becomes memory.max 536870912 bytes', () => {
    expect(parseMemory('512m')).toBe(536870912);
    const files = cgroupFiles({cpus: 1, memoryMiB: 512, pids: 100});
    expect(files.find((f) => f.name === 'memory.max')?.value).toBe('536870912');
  });

  it('parses Docker size suffixes with binary units', () => {
    expect(parseMemory('1g')).toBe(1073741824);
    expect(parseMemory('64M')).toBe(67108864);
    expect(parseMemory('6m')).toBe(6291456);
    expect(parseMemory('1024k')).toBe(1048576);
    expect(parseMemory('4096')).toBe(4096);
    expect(() => parseMemory('lots')).toThrow();
  });

  it('writes the shortest exact memory flag', () => {
    expect(formatMemoryFlag(512)).toBe('512m');
    expect(formatMemoryFlag(1024)).toBe('1g');
    expect(formatMemoryFlag(1536)).toBe('1536m');
    expect(formatMemoryFlag(2048)).toBe('2g');
  });

  it('--pids-limit=256 becomes pids.max 256', () => {
    expect(
      cgroupFiles({cpus: 1, memoryMiB: 64, pids: 256}).find((f) => f.name === 'pids.max')?.value,
    ).toBe('256');
  });

  it('without --memory-swap, memory.swap.max equals the memory limit (memory-swap defaults to twice memory)', () => {
    const files = cgroupFiles({cpus: 1, memoryMiB: 1024, pids: 64});
    expect(files.find((f) => f.name === 'memory.swap.max')?.value).toBe('1073741824');
  });

  it('lists the flags a reader types', () => {
    expect(dockerFlags({cpus: 0.5, memoryMiB: 2048, pids: 1024})).toEqual([
      '--cpus=0.5',
      '--memory=2g',
      '--pids-limit=1024',
    ]);
    expect(dockerRunCommand(DEFAULT_LIMITS)).toBe(
      'docker run -d --cpus=1.5 --memory=512m --pids-limit=256 nginx',
    );
  });
});

describe('snap', () => {
  it('keeps slider values on the step grid', () => {
    expect(snap(1.3, LIMIT_RANGES.cpus)).toBe(1.25);
    expect(snap(9, LIMIT_RANGES.cpus)).toBe(4);
    expect(snap(100, LIMIT_RANGES.pids)).toBe(96);
    expect(snap(10, LIMIT_RANGES.memoryMiB)).toBe(64);
  });
});
