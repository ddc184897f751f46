/**
 * What changes with the number of workloads on one server, VMs against containers: kernels,
 * memory and start-up. The kernel count is a fact of the design (one guest kernel per VM, one
 * shared host kernel); the memory and time figures are a model (모형) with round numbers chosen
 * to show the shape, not a measurement, and the figure says so. The one cited figure is
 * Firecracker's (firecracker-microvm.github.io): a minimal microVM reaches user space in as
 * little as 125 ms with under 5 MiB of VMM overhead, so "VMs boot slowly" is about full guests.
 */

export const WORKLOAD_RANGE = {min: 1, max: 8, step: 1} as const;
export const DEFAULT_WORKLOADS = 3;

export interface Phase {
  readonly id: string;
  readonly label: string;
  /** Modelled duration, ms. */
  readonly ms: number;
  readonly note: string;
}

/** A full guest: each VM boots its own firmware, boot loader, kernel and init before the app. */
export const VM_BOOT: readonly Phase[] = [
  {id: 'firmware', label: '펌웨어', ms: 2000, note: '가상 UEFI/BIOS가 가상 하드웨어를 점검합니다'},
  {
    id: 'bootloader',
    label: '부트로더',
    ms: 1000,
    note: 'GRUB 같은 부트로더가 커널을 읽어 들입니다',
  },
  {id: 'kernel', label: '커널', ms: 2000, note: '게스트 커널이 장치를 찾고 초기화합니다'},
  {id: 'init', label: 'init', ms: 4000, note: 'systemd가 서비스를 차례로 띄웁니다'},
  {id: 'app', label: '앱', ms: 500, note: '드디어 앱이 시작됩니다'},
];

/** A container: the host kernel is already running; runc sets up and execs the app. */
export const CONTAINER_START: readonly Phase[] = [
  {id: 'clone', label: 'clone', ms: 20, note: '새 네임스페이스로 프로세스를 만듭니다(clone)'},
  {
    id: 'mount',
    label: 'mount',
    ms: 80,
    note: '이미지 레이어를 겹쳐 루트로 삼습니다(overlay, pivot_root)',
  },
  {id: 'exec', label: 'exec', ms: 20, note: 'cgroup 한도를 쓰고 앱을 실행합니다(execve)'},
  {id: 'app', label: '앱', ms: 500, note: '앱이 시작됩니다(VM과 같은 시간)'},
];

/** Memory in the model, MiB. */
export const MODEL_MIB = {
  /** What a small guest OS keeps resident besides the app (kernel, init, daemons, caches). */
  guestOs: 512,
  /** The app itself, the same in both. */
  app: 64,
  /** dockerd and containerd, once per host. */
  engine: 96,
  /** The hypervisor's own per-VM overhead is left out: it varies from <5 MiB (Firecracker) upward. */
} as const;

export interface Comparison {
  readonly workloads: number;
  readonly vm: {readonly kernels: number; readonly memoryMiB: number; readonly startMs: number};
  readonly container: {
    readonly kernels: number;
    readonly memoryMiB: number;
    readonly startMs: number;
  };
}

export const totalMs = (phases: readonly Phase[]): number =>
  phases.reduce((sum, phase) => sum + phase.ms, 0);

export function compare(workloads: number): Comparison {
  const n = Math.min(WORKLOAD_RANGE.max, Math.max(WORKLOAD_RANGE.min, Math.round(workloads)));
  return {
    workloads: n,
    vm: {kernels: n, memoryMiB: n * (MODEL_MIB.guestOs + MODEL_MIB.app), startMs: totalMs(VM_BOOT)},
    container: {
      kernels: 1,
      memoryMiB: MODEL_MIB.engine + n * MODEL_MIB.app,
      startMs: totalMs(CONTAINER_START),
    },
  };
}

/** "9.5초", "620 ms" */
export function formatMs(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))}초` : `${ms} ms`;
}

/** "1.7 GiB", "288 MiB" */
export function formatMiB(mib: number): string {
  return mib >= 1024 ? `${Number((mib / 1024).toFixed(1))} GiB` : `${mib} MiB`;
}

/** Workload names A, B, C … for the stacks. */
export function workloadNames(n: number): string[] {
  return Array.from({length: n}, (_, i) => String.fromCharCode(65 + i));
}
