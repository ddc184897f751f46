/**
 * Detects the reader's operating system, CPU architecture and likely shell
 * from what a browser reports. Pure: the caller passes plain values (see
 * `./browser.ts` for the wrapper that reads `navigator`).
 *
 * Sources, in order of trust:
 * 1. User-Agent Client Hints (`navigator.userAgentData`, Chromium browsers in
 *    secure contexts): platform, and after `getHighEntropyValues` the CPU
 *    architecture, bitness and platform version.
 * 2. The user-agent string and `navigator.platform`, which are frozen or
 *    deliberately vague in modern browsers (Safari says "Intel Mac OS X" on
 *    Apple silicon, Chrome says "Windows NT 10.0" on Windows 11).
 */

export type DetectedOs = 'windows' | 'mac' | 'linux' | 'chromeos' | 'android' | 'ios' | 'unknown';
export type DetectedArch = 'x86-64' | 'arm64' | 'unknown';
export type DetectedShell = 'powershell' | 'bash' | 'cmd' | 'unknown';
export type DetectedDistro = 'ubuntu' | 'debian' | 'fedora';

/** Why a result is less than certain, or what the reader should be told. */
export type PlatformNote =
  /** macOS without client hints: Safari and Firefox say "Intel" on every Mac. */
  | 'mac-arch-unknown'
  /** Windows without client hints: an Arm PC running x64 emulation looks like x64. */
  | 'windows-arch-unverified'
  /** A 32-bit system: Docker Desktop and Docker Engine need 64-bit. */
  | 'unsupported-32bit'
  /** Android, iOS/iPadOS: Docker Desktop does not run there. */
  | 'no-docker-desktop'
  /** ChromeOS: no Docker Desktop, but the Linux development environment can run Docker Engine. */
  | 'chromeos-linux-container';

export interface UserAgentDataInput {
  readonly platform?: string;
  readonly mobile?: boolean;
  readonly architecture?: string;
  readonly bitness?: string;
  readonly platformVersion?: string;
}

export interface DetectInput {
  readonly userAgent: string;
  /** `navigator.platform` (e.g. "Win32", "MacIntel", "Linux x86_64"). */
  readonly platform?: string;
  readonly userAgentData?: UserAgentDataInput;
  readonly maxTouchPoints?: number;
}

export interface DetectedPlatform {
  readonly os: DetectedOs;
  readonly arch: DetectedArch;
  /** True only when the architecture comes from a source that does not lie about it. */
  readonly archCertain: boolean;
  readonly shell: DetectedShell;
  readonly distro?: DetectedDistro;
  readonly windowsVersion?: '10' | '11';
  readonly note?: PlatformNote;
}

/** Values of the site-wide `<Tabs groupId="os">` group. */
export type OsTabValue = 'windows' | 'mac' | 'linux';
export const OS_TAB_VALUES: readonly OsTabValue[] = ['windows', 'mac', 'linux'];

export function isOsTabValue(value: unknown): value is OsTabValue {
  return typeof value === 'string' && (OS_TAB_VALUES as readonly string[]).includes(value);
}

/** The os tab whose instructions fit the reader, or null when none does. */
export function osTabFor(os: DetectedOs): OsTabValue | null {
  switch (os) {
    case 'windows':
    case 'mac':
    case 'linux':
      return os;
    case 'chromeos':
      // Docker Engine runs in ChromeOS's Linux development environment (Debian).
      return 'linux';
    default:
      return null;
  }
}

function osFromClientHints(platform: string | undefined): DetectedOs | null {
  switch ((platform ?? '').toLowerCase()) {
    case 'windows':
      return 'windows';
    case 'macos':
      return 'mac';
    case 'linux':
      return 'linux';
    case 'chrome os':
    case 'chromeos':
    case 'chromium os':
      return 'chromeos';
    case 'android':
      return 'android';
    case 'ios':
      return 'ios';
    default:
      return null;
  }
}

/** User-agent tests, shared with the early script that marks phones, tablets and ChromeOS (early.ts). */
export const UA_PATTERNS = {
  ios: /\b(iPhone|iPod|iPad)\b/,
  iosPlatform: /^(iPhone|iPod|iPad)/,
  android: /\bAndroid\b/,
  chromeos: /\bCrOS\b/,
  mac: /\bMacintosh\b|\bMac OS X\b/,
  macPlatform: /^Mac/,
  windows: /\bWindows\b/,
  windowsPlatform: /^Win/,
  linux: /\b(Linux|X11)\b/,
  linuxPlatform: /^Linux/,
} as const;

function osFromUserAgent(ua: string, platform: string, maxTouchPoints: number): DetectedOs {
  // Order matters: Android and ChromeOS strings also contain "Linux"/"X11",
  // and iPadOS Safari pretends to be a Mac.
  if (UA_PATTERNS.ios.test(ua) || UA_PATTERNS.iosPlatform.test(platform)) return 'ios';
  if (UA_PATTERNS.android.test(ua)) return 'android';
  if (UA_PATTERNS.chromeos.test(ua)) return 'chromeos';
  if (UA_PATTERNS.mac.test(ua) || UA_PATTERNS.macPlatform.test(platform)) {
    // iPadOS 13+ Safari sends a desktop Mac user agent; a Mac has no touch screen.
    return maxTouchPoints > 1 ? 'ios' : 'mac';
  }
  if (UA_PATTERNS.windows.test(ua) || UA_PATTERNS.windowsPlatform.test(platform)) return 'windows';
  if (UA_PATTERNS.linux.test(ua) || UA_PATTERNS.linuxPlatform.test(platform)) return 'linux';
  return 'unknown';
}

interface ArchGuess {
  readonly arch: DetectedArch;
  readonly certain: boolean;
  readonly is32bit?: boolean;
}

function archFromClientHints(data: UserAgentDataInput | undefined): ArchGuess | null {
  const architecture = data?.architecture?.toLowerCase();
  if (!architecture) return null;
  const bitness = data?.bitness;
  if (bitness === '32') return {arch: 'unknown', certain: true, is32bit: true};
  if (architecture === 'arm') return {arch: 'arm64', certain: true};
  if (architecture === 'x86') return {arch: 'x86-64', certain: true};
  return null;
}

function archFromUserAgent(os: DetectedOs, ua: string, platform: string): ArchGuess {
  const text = `${ua} ${platform}`;
  if (/\b(aarch64|arm64|ARM64)\b/.test(text)) return {arch: 'arm64', certain: true};
  switch (os) {
    case 'mac':
      // "Intel Mac OS X" is frozen in every Mac browser, Apple silicon included.
      return {arch: 'unknown', certain: false};
    case 'windows':
      if (/\b(Win64|x64|WOW64)\b/.test(ua)) return {arch: 'x86-64', certain: false};
      if (/\bWindows\b/.test(ua)) return {arch: 'unknown', certain: false, is32bit: true};
      return {arch: 'unknown', certain: false};
    case 'linux':
    case 'chromeos':
      if (/\b(x86_64|amd64)\b/.test(text)) return {arch: 'x86-64', certain: true};
      if (/\b(i[3-6]86)\b/.test(text)) return {arch: 'unknown', certain: true, is32bit: true};
      if (/\barmv[67]l?\b/.test(text)) return {arch: 'unknown', certain: true, is32bit: true};
      return {arch: 'unknown', certain: false};
    default:
      return {arch: 'unknown', certain: false};
  }
}

function distroFromUserAgent(ua: string): DetectedDistro | undefined {
  if (/\bUbuntu\b/i.test(ua)) return 'ubuntu';
  if (/\bFedora\b/i.test(ua)) return 'fedora';
  if (/\bDebian\b/i.test(ua)) return 'debian';
  return undefined;
}

/** Windows 11 reports platformVersion 13.0.0 or higher; Windows 10 reports 1–10. */
function windowsVersionFrom(platformVersion: string | undefined): '10' | '11' | undefined {
  if (!platformVersion) return undefined;
  const major = Number.parseInt(platformVersion.split('.')[0] ?? '', 10);
  if (!Number.isFinite(major)) return undefined;
  if (major >= 13) return '11';
  if (major >= 1) return '10';
  return undefined;
}

function shellFor(os: DetectedOs): DetectedShell {
  switch (os) {
    case 'windows':
      return 'powershell';
    case 'mac':
    case 'linux':
    case 'chromeos':
      return 'bash';
    default:
      return 'unknown';
  }
}

export function detectPlatform(input: DetectInput): DetectedPlatform {
  const ua = input.userAgent ?? '';
  const platform = input.platform ?? '';
  const maxTouchPoints = input.maxTouchPoints ?? 0;
  const hints = input.userAgentData;

  const os = osFromClientHints(hints?.platform) ?? osFromUserAgent(ua, platform, maxTouchPoints);

  const hinted =
    os === 'windows' || os === 'mac' || os === 'linux' || os === 'chromeos'
      ? archFromClientHints(hints)
      : null;
  const guess = hinted ?? archFromUserAgent(os, ua, platform);

  let note: PlatformNote | undefined;
  if (os === 'android' || os === 'ios') note = 'no-docker-desktop';
  else if (os === 'chromeos') note = 'chromeos-linux-container';
  else if (guess.is32bit) note = 'unsupported-32bit';
  else if (os === 'mac' && !guess.certain) note = 'mac-arch-unknown';
  else if (os === 'windows' && !guess.certain) note = 'windows-arch-unverified';

  const mobile = os === 'android' || os === 'ios';
  const result: {-readonly [K in keyof DetectedPlatform]: DetectedPlatform[K]} = {
    os,
    arch: mobile ? 'unknown' : guess.arch,
    archCertain: mobile ? false : guess.certain && guess.arch !== 'unknown',
    shell: shellFor(os),
  };
  if (os === 'linux') {
    const distro = distroFromUserAgent(ua);
    if (distro) result.distro = distro;
  }
  if (os === 'windows') {
    const version = windowsVersionFrom(hints?.platformVersion);
    if (version) result.windowsVersion = version;
  }
  if (note) result.note = note;
  return result;
}
