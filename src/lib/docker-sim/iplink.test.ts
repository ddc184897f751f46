import {describe, expect, it} from 'vitest';
import {runAll, testEngine} from './test-helpers';
import * as V from './vfs';

describe('ip link add needs CAP_NET_ADMIN', () => {
  it('is refused in a default container', () => {
    const e = testEngine();
    const r = e.run('docker run --rm alpine ip link add dummy0 type dummy');
    expect(r.stderr).toContain('ip: RTNETLINK answers: Operation not permitted\n');
    expect(r.exitCode).toBe(2);
  });

  it('with --cap-add NET_ADMIN creates the link, which ip link show then lists after lo and eth0', () => {
    const e = testEngine();
    runAll(e, ['docker run -d --name box --cap-add NET_ADMIN alpine sleep 1000']);
    expect(e.run('docker exec box ip link add dummy0 type dummy').exitCode).toBe(0);
    const box = e.state.containers.find((c) => c.name === 'box')!;
    expect(V.isFile(box.rootfs, '/sys/class/net/dummy0/address')).toBe(true);
    const r = e.run('docker exec box ip link show dummy0');
    expect(r.stdout).toMatch(
      /^3: dummy0: <BROADCAST,NOARP> mtu 1500 qdisc noop state DOWN qlen 1000\n {4}link\/ether ([0-9a-f]{2}:){5}[0-9a-f]{2} brd ff:ff:ff:ff:ff:ff\n$/,
    );
    expect(e.run('docker exec box ip link add dummy0 type dummy').stderr).toBe(
      'ip: RTNETLINK answers: File exists\n',
    );
    // busybox iplink.c sets xfunc_error_retval = 2, so its fatal errors exit 2 too.
    const missing = e.run('docker exec box ip link show nope');
    expect(missing.stderr).toBe("ip: can't find device 'nope'\n");
    expect(missing.exitCode).toBe(2);
  });
});
