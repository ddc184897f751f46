import type {
  DetectedArch,
  DetectedOs,
  OsTabValue,
  PlatformNote,
} from '@site/src/lib/platform/detect';

export const OS_LABELS: Readonly<Record<DetectedOs, string>> = {
  windows: 'Windows',
  mac: 'macOS',
  linux: 'Linux',
  chromeos: 'ChromeOS',
  android: 'Android',
  ios: 'iOS/iPadOS',
  unknown: '알 수 없는 운영체제',
};

/** CPU names as each OS's own settings screen shows them. */
export function archLabel(os: OsTabValue | DetectedOs, arch: DetectedArch): string {
  if (arch === 'unknown') return 'CPU 확인 필요';
  if (os === 'mac') return arch === 'arm64' ? 'Apple silicon' : 'Intel';
  return arch === 'arm64' ? 'Arm64' : 'x86-64';
}

export const ARCH_CHOICES: Readonly<
  Record<OsTabValue, readonly {value: Exclude<DetectedArch, 'unknown'>; label: string}[]>
> = {
  windows: [
    {value: 'x86-64', label: 'x64 (Intel·AMD)'},
    {value: 'arm64', label: 'Arm64 (Snapdragon 등)'},
  ],
  mac: [
    {value: 'arm64', label: 'Apple silicon (M 시리즈)'},
    {value: 'x86-64', label: 'Intel'},
  ],
  linux: [
    {value: 'x86-64', label: 'x86-64 (amd64)'},
    {value: 'arm64', label: 'Arm64 (aarch64)'},
  ],
};

export const NOTE_TEXT: Readonly<
  Record<Exclude<PlatformNote, 'no-docker-desktop' | 'chromeos-linux-container'>, string>
> = {
  'mac-arch-unknown':
    '이 브라우저는 Apple silicon Mac에서도 "Intel"이라고 보고하므로 CPU를 알 수 없습니다. Apple 메뉴 > 이 Mac에 관하여에서 "칩" 항목(Apple M…)이 보이면 Apple silicon, "프로세서" 항목(Intel …)이 보이면 Intel입니다. 바꾸기를 눌러 직접 고르세요.',
  'windows-arch-unverified':
    '이 브라우저는 CPU 종류를 확실히 알려 주지 않습니다. 설정 > 시스템 > 정보의 "시스템 종류"에서 x64 기반인지 ARM 기반인지 확인하고, 다르면 바꾸기를 눌러 고르세요.',
  'unsupported-32bit':
    '32비트 운영체제로 보입니다. Docker Desktop과 Docker Engine은 64비트 운영체제에서만 동작합니다.',
};
