import {describe, expect, it} from 'vitest';
import {
  describeOutcome,
  imageById,
  IMAGES,
  machineById,
  MACHINES,
  resolve,
} from './platform-matrix';

const server = machineById('amd64-server');
const mac = machineById('apple-silicon');
const pi = machineById('raspberry-pi');
const multi = imageById('multi');
const armOnly = imageById('arm64-only');

describe('platform matrix: which manifest a machine pulls', () => {
  it('each machine pulls the manifest of its own platform from a multi-platform index', () => {
    expect(resolve(server, multi, 'auto')).toMatchObject({
      kind: 'native',
      manifest: {platform: 'linux/amd64'},
    });
    expect(resolve(mac, multi, 'auto')).toMatchObject({
      kind: 'native',
      manifest: {platform: 'linux/arm64'},
    });
  });

  it('a platform missing from the index fails the pull with moby’s message', () => {
    expect(resolve(pi, multi, 'auto')).toEqual({
      kind: 'no-match',
      platform: 'linux/arm/v7',
      message: 'no matching manifest for linux/arm/v7 in the manifest list entries',
    });
    expect(resolve(server, armOnly, 'auto')).toMatchObject({
      kind: 'no-match',
      platform: 'linux/amd64',
    });
  });

  it('forcing another CPU’s manifest runs under an emulator where there is one, else exec format error', () => {
    expect(resolve(mac, multi, 'linux/amd64')).toMatchObject({
      kind: 'emulated',
      detail: 'Rosetta 또는 QEMU',
    });
    expect(resolve(server, armOnly, 'linux/arm64')).toMatchObject({
      kind: 'exec-format-error',
      detail: 'exec /server: exec format error',
    });
    expect(resolve(server, multi, 'linux/arm64').kind).toBe('exec-format-error');
  });

  it('describes every combination in one Korean sentence', () => {
    for (const m of MACHINES)
      for (const i of IMAGES)
        for (const r of ['auto', 'linux/amd64', 'linux/arm64'] as const) {
          const sentence = describeOutcome(m, i, resolve(m, i, r));
          expect(sentence.startsWith(`${m.label}에서 ${i.label}: `)).toBe(true);
          expect(sentence.endsWith('.')).toBe(true);
        }
  });
});
