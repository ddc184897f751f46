import {describe, expect, it} from 'vitest';
import {
  containerPlatform,
  execFormatError,
  normalizePlatform,
  platformMismatchWarning,
  runsOnHost,
  truncatePlatforms,
  WORKER_PLATFORMS,
} from './platform';

describe('normalizePlatform (containerd platforms.Normalize)', () => {
  it.each([
    ['arm64', 'linux/arm64'],
    ['linux/arm64/v8', 'linux/arm64'],
    ['linux/aarch64', 'linux/arm64'],
    ['linux/x86_64', 'linux/amd64'],
    ['linux/arm', 'linux/arm/v7'],
    ['linux/arm/v6', 'linux/arm/v6'],
    ['Linux/AMD64', 'linux/amd64'],
  ])('%s → %s', (input, expected) => expect(normalizePlatform(input)).toBe(expected));
});

describe('runsOnHost: an x86-64-v3 Linux host without QEMU', () => {
  it('runs amd64 (any level up to v3) and 386, nothing else', () => {
    expect(
      ['linux/amd64', 'linux/amd64/v2', 'linux/amd64/v3', 'linux/386'].map(runsOnHost),
    ).toEqual([true, true, true, true]);
    expect(
      ['linux/arm64', 'linux/arm/v7', 'linux/riscv64', 'windows/amd64'].map(runsOnHost),
    ).toEqual([false, false, false, false]);
  });
});

describe('the platform a container runs as', () => {
  it('is the requested one, then a single-platform image’s own, then the host’s', () => {
    expect(containerPlatform('linux/arm64', undefined)).toBe('linux/arm64');
    expect(containerPlatform(undefined, ['linux/arm64'])).toBe('linux/arm64');
    expect(containerPlatform(undefined, ['linux/amd64', 'linux/arm64'])).toBe('linux/amd64');
    expect(containerPlatform(undefined, undefined)).toBe('linux/amd64');
  });

  it('warns like moby daemon/create.go only for a single foreign platform', () => {
    expect(platformMismatchWarning(['linux/arm64'])).toBe(
      "The requested image's platform (linux/arm64) does not match the detected host platform (linux/amd64/v3) and no specific platform was requested",
    );
    expect(platformMismatchWarning(['linux/amd64'])).toBeNull();
    expect(platformMismatchWarning(['linux/amd64', 'linux/arm64'])).toBeNull();
    expect(platformMismatchWarning(undefined)).toBeNull();
  });

  it('names the program in runc’s exec error', () => {
    expect(execFormatError('/server')).toBe('exec /server: exec format error');
  });
});

describe('truncatePlatforms (buildx commands/ls.go truncPlatforms)', () => {
  it('groups the variants of one architecture and lists the rest', () => {
    expect(truncatePlatforms(WORKER_PLATFORMS)).toBe('linux/amd64 (+3), linux/386');
  });

  it('keeps at most four groups, majors first, and counts what is left', () => {
    const withQemu = [
      'linux/amd64',
      'linux/amd64/v2',
      'linux/arm64',
      'linux/riscv64',
      'linux/ppc64le',
      'linux/s390x',
      'linux/386',
      'linux/arm/v7',
      'linux/arm/v6',
    ];
    expect(truncatePlatforms(withQemu)).toBe(
      'linux/amd64 (+2), linux/arm64, linux/arm (+2), linux/ppc64le, (3 more)',
    );
  });

  it('marks a group with a preferred platform', () => {
    expect(truncatePlatforms(['linux/arm64*', 'linux/arm/v7*', 'linux/arm/v6*'])).toBe(
      'linux/arm64*, linux/arm* (+2)',
    );
  });
});
