import {describe, expect, it} from 'vitest';
import {
  effectiveCapabilities,
  FLAG_SETS,
  matrix,
  OPERATIONS,
  summary,
  verdict,
} from './capability-matrix';

const set = (id: string) => FLAG_SETS.find((s) => s.id === id)!;
const op = (id: string) => OPERATIONS.find((o) => o.id === id)!;
const allowedIds = (setId: string, hostNetwork: boolean) =>
  OPERATIONS.filter((o) => verdict(set(setId), o, hostNetwork).allowed).map((o) => o.id);

describe('capability matrix', () => {
  it("gives the default container Docker's 14 capabilities: chown and raw sockets, no ip link or mount", () => {
    expect(effectiveCapabilities(set('default'))).toHaveLength(14);
    expect(allowedIds('default', false)).toEqual(['bind80', 'chown', 'raw']);
  });

  it('--cap-drop ALL refuses chown and raw sockets; port 80 still opens in its own network namespace', () => {
    expect(effectiveCapabilities(set('drop-all'))).toEqual([]);
    expect(allowedIds('drop-all', false)).toEqual(['bind80']);
    expect(verdict(set('drop-all'), op('bind80'), false).rule).toContain(
      'ip_unprivileged_port_start=0',
    );
  });

  it('with --network host, port 80 needs CAP_NET_BIND_SERVICE, so only the +NET_BIND_SERVICE set keeps it', () => {
    expect(verdict(set('drop-all'), op('bind80'), true).allowed).toBe(false);
    expect(verdict(set('drop-all-bind'), op('bind80'), true).allowed).toBe(true);
    expect(verdict(set('default'), op('bind80'), true).allowed).toBe(true);
    expect(verdict(set('user'), op('bind80'), true).allowed).toBe(false);
  });

  it('a non-root user holds no effective capabilities', () => {
    expect(effectiveCapabilities(set('user'))).toEqual([]);
    expect(allowedIds('user', false)).toEqual(['bind80']);
    expect(verdict(set('user'), op('chown'), false).rule).toContain('비루트');
  });

  it('--privileged allows everything, mount included, because seccomp is off as well', () => {
    expect(allowedIds('privileged', true)).toEqual(OPERATIONS.map((o) => o.id));
    expect(verdict(set('default'), op('mount'), false).rule).toContain('seccomp');
  });

  it('builds one row per operation with a verdict per flag set, and a summary per choice', () => {
    const rows = matrix(false);
    expect(rows).toHaveLength(OPERATIONS.length);
    for (const r of rows) expect(r.verdicts).toHaveLength(FLAG_SETS.length);
    expect(summary(set('default'), false)).toBe(
      '기본값(옵션 없음): 케이퍼빌리티 14개, 작업 5가지 중 3가지 허용.',
    );
    expect(summary(set('drop-all'), true)).toBe(
      '모두 빼기(--cap-drop ALL --network host): 케이퍼빌리티 없음, 작업 5가지 중 0가지 허용.',
    );
  });
});
