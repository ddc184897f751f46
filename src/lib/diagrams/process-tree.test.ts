import {describe, expect, it} from 'vitest';
import {NAMESPACES} from '../../data/namespaces';
import {
  DEFAULT_TREE_OPTIONS,
  NAMESPACE_KINDS,
  START_STEPS,
  flatten,
  nsSummary,
  processTree,
  type TreeProcess,
} from './process-tree';

const running = (options = DEFAULT_TREE_OPTIONS) => flatten(processTree('running', options));
const find = (rows: {process: TreeProcess}[], key: string) =>
  rows.find((r) => r.process.key === key)?.process;
const parentOf = (rows: {process: TreeProcess}[], key: string) => {
  const child = find(rows, key)!;
  return rows.find((r) => r.process.pid === child.ppid)?.process.comm;
};

describe('the process tree while web runs', () => {
  it('puts the shim under PID 1, beside containerd and dockerd, and nginx under the shim', () => {
    const rows = running();
    expect(parentOf(rows, 'shim')).toBe('systemd');
    expect(parentOf(rows, 'containerd')).toBe('systemd');
    expect(parentOf(rows, 'dockerd')).toBe('systemd');
    expect(parentOf(rows, 'web-1')).toBe('containerd-shim');
    expect(parentOf(rows, 'web-29')).toBe('nginx');
    expect(rows.some((r) => r.process.comm === 'runc')).toBe(false);
    // ps --forest order: depth-first, children by PID
    expect(rows.map((r) => `${r.depth}:${r.process.pid}`)).toEqual([
      '0:1',
      '1:812',
      '1:955',
      '1:1020',
      '2:2210',
      '1:1503',
      '2:1524',
      '3:1561',
    ]);
  });

  it('uses the PIDs of the namespace explorer: 1524 is PID 1 inside, 1561 is 29', () => {
    const rows = running();
    expect(find(rows, 'web-1')).toMatchObject({pid: 1524, nsPid: 1});
    expect(find(rows, 'web-29')).toMatchObject({pid: 1561, nsPid: 29});
    const explorerPs = NAMESPACES.find((ns) => ns.kind === 'pid')!.host.output.join('\n');
    for (const pid of [
      '1503 containerd-shim',
      '1524 nginx',
      '1561 nginx',
      '812 containerd',
      '955 dockerd',
    ])
      expect(explorerPs).toContain(pid);
  });

  it('gives containers Docker’s default namespaces: new mnt, uts, ipc, pid, net, cgroup; host user and time', () => {
    const web = find(running(), 'web-1')!;
    expect(web.ns).toEqual({
      mnt: 'web',
      uts: 'web',
      ipc: 'web',
      pid: 'web',
      net: 'web',
      cgroup: 'web',
      user: 'host',
      time: 'host',
    });
    // The shim is a host process in every namespace.
    expect(Object.values(find(running(), 'shim')!.ns).every((o) => o === 'host')).toBe(true);
    expect(find(running(), 'web-1')!.hostUser).toBe('root');
  });
});

describe('options recolour the tree', () => {
  it('--pid host: web keeps the host PID namespace and its host PIDs', () => {
    const rows = running({...DEFAULT_TREE_OPTIONS, pidHost: true});
    const web = find(rows, 'web-1')!;
    expect(web.ns.pid).toBe('host');
    expect(web.nsPid).toBe(1524);
    expect(web.ns.net).toBe('web');
  });

  it('--network container:web: debug joins web’s network namespace, nothing else', () => {
    const rows = running({...DEFAULT_TREE_OPTIONS, debugJoinsNet: true});
    const debug = find(rows, 'debug-1')!;
    expect(debug.ns.net).toBe('web');
    expect(debug.ns.pid).toBe('debug');
    expect(debug.ns.mnt).toBe('debug');
    expect(parentOf(rows, 'debug-1')).toBe('containerd-shim');
    expect(find(rows, 'debug-shim')!.ppid).toBe(1);
    expect(
      nsSummary('net', processTree('running', {...DEFAULT_TREE_OPTIONS, debugJoinsNet: true})),
    ).toContain('2개');
  });

  it('userns-remap: containers get a user namespace and root inside is 100000 on the host', () => {
    const rows = running({...DEFAULT_TREE_OPTIONS, usernsRemap: true});
    expect(find(rows, 'web-1')!.ns.user).toBe('web');
    expect(find(rows, 'web-1')!.hostUser).toBe('100000');
    expect(find(rows, 'bash')!.hostUser).toBe('user');
    expect(find(rows, 'shim')!.hostUser).toBe('root');
  });
});

describe('start-up', () => {
  it('runc appears under the shim with runc init, then exits and leaves nginx to the shim', () => {
    const steps = START_STEPS.map((s) => flatten(processTree(s.id, DEFAULT_TREE_OPTIONS)));
    expect(steps[0]!.some((r) => r.process.key === 'shim')).toBe(false);
    expect(parentOf(steps[1]!, 'shim')).toBe('systemd');
    expect(parentOf(steps[2]!, 'runc')).toBe('containerd-shim');
    expect(find(steps[2]!, 'web-1')!.comm).toBe('runc:[2:INIT]');
    expect(parentOf(steps[2]!, 'web-1')).toBe('runc');
    expect(steps[3]!.some((r) => r.process.comm === 'runc')).toBe(false);
    expect(parentOf(steps[3]!, 'web-1')).toBe('containerd-shim');
    expect(find(steps[3]!, 'web-1')!.comm).toBe('nginx');
    expect(find(steps[4]!, 'web-29')).toBeDefined();
  });

  it('names every namespace kind and says when nothing is in a container yet', () => {
    expect(NAMESPACE_KINDS).toHaveLength(8);
    expect(nsSummary('pid', processTree('before', DEFAULT_TREE_OPTIONS))).toContain('아직');
    expect(nsSummary('time', processTree('running', DEFAULT_TREE_OPTIONS))).toContain(
      '호스트의 것 하나',
    );
    for (const row of running()) expect(row.process.comm.length).toBeLessThanOrEqual(15);
  });
});
