import {describe, expect, it} from 'vitest';
import {
  CONTAINER_START,
  MODEL_MIB,
  VM_BOOT,
  compare,
  formatMiB,
  formatMs,
  totalMs,
  workloadNames,
} from './container-vs-vm';

describe('VMs against containers as workloads grow', () => {
  it('boots one kernel per VM and shares one kernel among containers', () => {
    for (const n of [1, 3, 8]) {
      expect(compare(n).vm.kernels).toBe(n);
      expect(compare(n).container.kernels).toBe(1);
    }
  });

  it('grows VM memory by a guest OS per workload, container memory by the app only', () => {
    const three = compare(3);
    const four = compare(4);
    expect(four.vm.memoryMiB - three.vm.memoryMiB).toBe(MODEL_MIB.guestOs + MODEL_MIB.app);
    expect(four.container.memoryMiB - three.container.memoryMiB).toBe(MODEL_MIB.app);
    // The engine is paid once: with one workload the container side is not free.
    expect(compare(1).container.memoryMiB).toBe(MODEL_MIB.engine + MODEL_MIB.app);
  });

  it('starts a VM through firmware, boot loader, kernel and init; a container through clone, mount and exec', () => {
    expect(VM_BOOT.map((p) => p.id)).toEqual(['firmware', 'bootloader', 'kernel', 'init', 'app']);
    expect(CONTAINER_START.map((p) => p.id)).toEqual(['clone', 'mount', 'exec', 'app']);
    // The app's own start is the same on both sides; the difference is everything before it.
    expect(VM_BOOT.at(-1)!.ms).toBe(CONTAINER_START.at(-1)!.ms);
    expect(totalMs(VM_BOOT)).toBeGreaterThan(10 * totalMs(CONTAINER_START));
  });

  it('clamps the slider range and formats for Korean readers', () => {
    expect(compare(0).workloads).toBe(1);
    expect(compare(20).workloads).toBe(8);
    expect(formatMs(9500)).toBe('9.5초');
    expect(formatMs(620)).toBe('620 ms');
    expect(formatMiB(1728)).toBe('1.7 GiB');
    expect(formatMiB(288)).toBe('288 MiB');
    expect(workloadNames(3)).toEqual(['A', 'B', 'C']);
  });
});
