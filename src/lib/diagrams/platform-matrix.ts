/**
 * Which manifest of an image index a machine pulls, and whether the program inside then runs
 * (natively, under an emulator, or with `exec format error`). Pure logic for
 * components/diagrams/PlatformMatrix (the multi-platform chapter).
 *
 * Sources: moby docker-v29.7.2 daemon/containerd/image_pull.go (the pull matches only the
 * requested platform, else "no matching manifest for <platform> in the manifest list entries"),
 * opencontainers/runc v1.5.1 internal/linux/linux.go (`exec <path>: exec format error`),
 * docs.docker.com Build → Multi-platform (QEMU in Docker Desktop, binfmt on Linux) and
 * Docker Desktop settings (Rosetta for x86_64/amd64 emulation on Apple Silicon).
 */

export type MachineId = 'amd64-server' | 'apple-silicon' | 'raspberry-pi';
export type ImageId = 'multi' | 'arm64-only';
export type Requested = 'auto' | 'linux/amd64' | 'linux/arm64';

export interface Machine {
  readonly id: MachineId;
  readonly label: string;
  /** The platform Docker asks for when no `--platform` is given. */
  readonly platform: string;
  /** Platforms its CPU runs without help. */
  readonly native: readonly string[];
  /** Platforms an emulator registered in binfmt_misc runs, with the emulator's name. */
  readonly emulated: Readonly<Record<string, string>>;
  readonly note: string;
}

export interface Manifest {
  readonly platform: string;
  /** A shortened digest, labelled as an example in the view. */
  readonly digest: string;
}

export interface ImageIndex {
  readonly id: ImageId;
  readonly label: string;
  readonly manifests: readonly Manifest[];
}

export const MACHINES: readonly Machine[] = [
  {
    id: 'amd64-server',
    label: 'amd64 리눅스 서버',
    platform: 'linux/amd64',
    native: ['linux/amd64', 'linux/386'],
    emulated: {},
    note: '클라우드 VM과 대부분의 PC. binfmt에 QEMU를 등록하지 않은 상태',
  },
  {
    id: 'apple-silicon',
    label: 'Apple silicon Mac (Docker Desktop)',
    platform: 'linux/arm64',
    native: ['linux/arm64'],
    emulated: {'linux/amd64': 'Rosetta 또는 QEMU', 'linux/arm/v7': 'QEMU'},
    note: 'Docker Desktop의 리눅스 VM은 arm64이고, 에뮬레이터가 들어 있습니다',
  },
  {
    id: 'raspberry-pi',
    label: 'Raspberry Pi (32비트 OS)',
    platform: 'linux/arm/v7',
    native: ['linux/arm/v7', 'linux/arm/v6'],
    emulated: {},
    note: '32비트 Raspberry Pi OS의 Docker Engine',
  },
];

export const IMAGES: readonly ImageIndex[] = [
  {
    id: 'multi',
    label: 'gildong/advanced:1.0 (amd64 + arm64)',
    manifests: [
      {platform: 'linux/amd64', digest: 'sha256:1a2b…'},
      {platform: 'linux/arm64', digest: 'sha256:9f8e…'},
    ],
  },
  {
    id: 'arm64-only',
    label: 'gildong/advanced:mac (Mac에서 평범하게 빌드, arm64만)',
    manifests: [{platform: 'linux/arm64', digest: 'sha256:5c6d…'}],
  },
];

export type Outcome =
  | {readonly kind: 'no-match'; readonly platform: string; readonly message: string}
  | {
      readonly kind: 'native' | 'emulated' | 'exec-format-error';
      readonly manifest: Manifest;
      /** The emulator's name for `emulated`; the runc message for `exec-format-error`. */
      readonly detail: string;
    };

/** The program the example image runs (examples/advanced: ENTRYPOINT ["/server"]). */
export const PROGRAM = '/server';

export function machineById(id: MachineId): Machine {
  return MACHINES.find((m) => m.id === id) ?? MACHINES[0];
}

export function imageById(id: ImageId): ImageIndex {
  return IMAGES.find((i) => i.id === id) ?? IMAGES[0];
}

/** Pull (the one matching manifest or none), then start the program. */
export function resolve(machine: Machine, image: ImageIndex, requested: Requested): Outcome {
  const platform = requested === 'auto' ? machine.platform : requested;
  const manifest = image.manifests.find((m) => m.platform === platform);
  if (!manifest)
    return {
      kind: 'no-match',
      platform,
      message: `no matching manifest for ${platform} in the manifest list entries`,
    };
  if (machine.native.includes(manifest.platform)) return {kind: 'native', manifest, detail: ''};
  const emulator = machine.emulated[manifest.platform];
  if (emulator) return {kind: 'emulated', manifest, detail: emulator};
  return {kind: 'exec-format-error', manifest, detail: `exec ${PROGRAM}: exec format error`};
}

/** One Korean sentence for the live region and the text alternative. */
export function describeOutcome(machine: Machine, image: ImageIndex, outcome: Outcome): string {
  const who = `${machine.label}에서 ${image.label}`;
  switch (outcome.kind) {
    case 'no-match':
      return `${who}: 인덱스에 ${outcome.platform}용 매니페스트가 없어 pull이 실패합니다.`;
    case 'native':
      return `${who}: ${outcome.manifest.platform} 매니페스트를 받아 CPU에서 그대로 실행합니다.`;
    case 'emulated':
      return `${who}: ${outcome.manifest.platform} 매니페스트를 받아 ${outcome.detail} 에뮬레이션으로 실행합니다. 느리지만 동작합니다.`;
    case 'exec-format-error':
      return `${who}: ${outcome.manifest.platform} 매니페스트를 받았지만 이 CPU가 실행할 수 없어 컨테이너가 exec format error로 끝납니다.`;
  }
}
