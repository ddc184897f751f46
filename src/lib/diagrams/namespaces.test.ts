import {describe, expect, it} from 'vitest';
import {NAMESPACES, PROC_NS_LISTING, namespaceByKind} from '@site/src/data/namespaces';

describe('namespace data (namespaces(7), clone(2))', () => {
  it('has exactly the eight kinds Linux has, not nine', () => {
    expect(NAMESPACES.map((ns) => ns.kind).sort()).toEqual([
      'cgroup',
      'ipc',
      'mnt',
      'net',
      'pid',
      'time',
      'user',
      'uts',
    ]);
  });

  it('gives each kind its own clone flag and unshare option', () => {
    expect(new Set(NAMESPACES.map((ns) => ns.cloneFlag)).size).toBe(8);
    expect(new Set(NAMESPACES.map((ns) => ns.unshareShort)).size).toBe(8);
    expect(namespaceByKind('mnt').cloneFlag).toBe('CLONE_NEWNS');
    expect(namespaceByKind('pid').unshareLong).toBe('--pid');
    expect(namespaceByKind('user').unshareShort).toBe('-U');
    expect(namespaceByKind('cgroup').unshareShort).toBe('-C');
    expect(namespaceByKind('time').unshareShort).toBe('-T');
  });

  it('records the kernel versions that added each kind', () => {
    const kernel = (kind: Parameters<typeof namespaceByKind>[0]) => namespaceByKind(kind).kernel;
    expect(kernel('mnt')).toContain('2.4.19');
    expect(kernel('uts')).toContain('2.6.19');
    expect(kernel('ipc')).toContain('2.6.19');
    expect(kernel('pid')).toContain('2.6.24');
    expect(kernel('net')).toContain('2.6.24');
    expect(kernel('user')).toContain('3.8');
    expect(kernel('cgroup')).toContain('4.6');
    expect(kernel('time')).toContain('5.6');
  });

  it('says the time namespace leaves the wall clock alone', () => {
    expect(namespaceByKind('time').isolates).toContain('CLOCK_REALTIME');
    expect(namespaceByKind('uts').isolates).not.toContain('시간');
  });

  it('lists ten /proc/$$/ns links for the eight kinds', () => {
    const links = PROC_NS_LISTING.filter((line) => line.includes(' -> '));
    expect(links).toHaveLength(10);
    const kinds = new Set(links.map((line) => /-> (\w+):/.exec(line)?.[1]));
    expect(kinds.size).toBe(8);
  });

  it('rejects an unknown kind', () => {
    expect(() => namespaceByKind('ipc2' as never)).toThrow();
  });
});
