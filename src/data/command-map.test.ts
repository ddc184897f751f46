import {describe, expect, it} from 'vitest';
import {commandMap} from './command-map';

describe('command map', () => {
  it('covers the outdated forms the course promises', () => {
    const ids = commandMap.map((row) => row.id);
    for (const id of [
      'compose-v2',
      'compose-version-key',
      'management-commands',
      'link',
      'docker-machine',
      'packages',
      'apt-key',
      'storage-drivers',
      'buildkit',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('has unique kebab-case ids', () => {
    const ids = commandMap.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('fills every field, with an https primary source', () => {
    for (const row of commandMap) {
      for (const field of [row.topic, row.old, row.current, row.since, row.why, row.source.label]) {
        expect(field.trim(), row.id).not.toBe('');
      }
      expect(row.old, row.id).not.toBe(row.current);
      expect(row.why, row.id).toMatch(/니다\.$/);
      expect(new URL(row.source.url).protocol, row.id).toBe('https:');
      expect(new URL(row.source.url).hostname, row.id).toMatch(
        /(^|\.)(docker\.com|github\.com|debian\.org)$/,
      );
    }
  });

  it('repeats no erratum: aufs and devicemapper are removed, Compose V1 is not current', () => {
    const storage = commandMap.find((row) => row.id === 'storage-drivers')!;
    expect(storage.since).toContain('24.0');
    expect(storage.since).toContain('25.0');
    expect(commandMap.find((row) => row.id === 'compose-v2')!.current).toBe('docker compose up -d');
  });
});
