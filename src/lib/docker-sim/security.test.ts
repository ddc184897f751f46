import {describe, expect, it} from 'vitest';
import {containerCapabilities, DEFAULT_CAPABILITIES, normalizeCapabilities} from './capabilities';
import {runAll, testEngine} from './test-helpers';

const RUN_HELP = "\n\nRun 'docker run --help' for more information\n";

describe('the user a container runs as', () => {
  it('is root by default; --user 1000:1000 gives a uid and gid without names in alpine', () => {
    const e = testEngine();
    runAll(e, ['docker pull alpine']);
    expect(e.run('docker run --rm alpine id').stdout).toBe(
      'uid=0(root) gid=0(root) groups=0(root)\n',
    );
    expect(e.run('docker run --rm --user 1000:1000 alpine id').stdout).toBe(
      'uid=1000 gid=1000 groups=1000\n',
    );
    // A bare uid keeps group 0, as moby/sys/user GetExecUser leaves it.
    expect(e.run('docker run --rm -u 1000 alpine id').stdout).toBe(
      'uid=1000 gid=0(root) groups=0(root)\n',
    );
    expect(e.run('docker run --rm -u 1000 alpine id -u').stdout).toBe('1000\n');
    expect(e.run('docker run --rm -u 1000:1000 alpine id -g').stdout).toBe('1000\n');
  });

  it('whoami names the user, or fails as busybox and coreutils do for a uid without a name', () => {
    const e = testEngine();
    expect(e.run('docker run --rm alpine whoami').stdout).toBe('root\n');
    expect(e.run('docker run --rm -u nobody alpine whoami').stdout).toBe('nobody\n');
    const busybox = e.run('docker run --rm -u 1000 alpine whoami');
    expect(busybox.stderr).toBe('whoami: unknown uid 1000\n');
    expect(busybox.exitCode).toBe(1);
    expect(e.run('docker run --rm -u 1000 debian whoami').stderr).toContain(
      'whoami: cannot find name for user ID 1000\n',
    );
  });

  it("takes the image's USER from a Dockerfile, and shows it as Config.User", () => {
    const e = testEngine();
    runAll(e, [
      'mkdir app',
      'cd app',
      `printf 'FROM alpine\\nRUN adduser -D app\\nUSER app\\nCMD ["id"]\\n' > Dockerfile`,
      'docker build -t nonroot .',
    ]);
    expect(e.run('docker run --rm nonroot').stdout).toBe(
      'uid=1000(app) gid=1000(app) groups=1000(app)\n',
    );
    runAll(e, ['docker create --name nr nonroot']);
    expect(e.run("docker inspect -f '{{.Config.User}}' nr").stdout).toBe('app\n');
  });

  it('a user name missing from /etc/passwd stops the start with the daemon error', () => {
    const e = testEngine();
    const r = e.run('docker run --rm --user app alpine id');
    expect(r.stderr).toContain(
      `docker: Error response from daemon: unable to find user app: no matching entries in passwd file${RUN_HELP}`,
    );
    expect(r.exitCode).toBe(125);
  });
});

describe('capabilities', () => {
  it('computes the set as TweakCapabilities: defaults, drops, adds, ALL, privileged', () => {
    expect(containerCapabilities({})).toEqual(DEFAULT_CAPABILITIES);
    expect(containerCapabilities({capDrop: ['ALL'], capAdd: ['net_bind_service']})).toEqual([
      'CAP_NET_BIND_SERVICE',
    ]);
    expect(containerCapabilities({capDrop: ['chown']})).not.toContain('CAP_CHOWN');
    expect(containerCapabilities({privileged: true})).toContain('CAP_SYS_ADMIN');
    expect(normalizeCapabilities(['net_admin', 'ALL', 'CAP_NET_ADMIN'])).toEqual([
      'ALL',
      'CAP_NET_ADMIN',
    ]);
  });

  it('--cap-drop ALL makes chown fail with EPERM; the default set allows it', () => {
    const e = testEngine();
    expect(e.run('docker run --rm alpine chown 1000 /etc/hosts').exitCode).toBe(0);
    const r = e.run('docker run --rm --cap-drop ALL alpine chown 1000 /etc/hosts');
    expect(r.stderr).toContain('chown: /etc/hosts: Operation not permitted\n');
    expect(r.exitCode).toBe(1);
    // A non-root process has no effective capabilities either.
    expect(e.run('docker run --rm -u 1000 alpine chown 1000 /etc/hosts').stderr).toBe(
      'chown: /etc/hosts: Operation not permitted\n',
    );
    expect(e.run('docker run --rm --cap-drop ALL debian chown 1000 /etc/hosts').stderr).toContain(
      "chown: changing ownership of '/etc/hosts': Operation not permitted\n",
    );
  });

  it('--cap-drop ALL --cap-add NET_ADMIN still allows ip link add; --privileged too', () => {
    const e = testEngine();
    expect(
      e.run('docker run --rm --cap-drop ALL --cap-add NET_ADMIN alpine ip link add d0 type dummy')
        .exitCode,
    ).toBe(0);
    expect(e.run('docker run --rm --privileged alpine ip link add d0 type dummy').exitCode).toBe(0);
    expect(
      e.run('docker run --rm -u 1000 --cap-add NET_ADMIN alpine ip link add d0 type dummy')
        .exitCode,
    ).toBe(2);
  });

  it('inspect shows CapAdd and CapDrop as the Go client normalizes them', () => {
    const e = testEngine();
    runAll(e, [
      'docker run -d --name web --cap-drop ALL --cap-add net_bind_service alpine sleep 1000',
      'docker run -d --name plain alpine sleep 1000',
    ]);
    expect(e.run("docker inspect -f '{{json .HostConfig.CapDrop}}' web").stdout).toBe('["ALL"]\n');
    expect(e.run("docker inspect -f '{{json .HostConfig.CapAdd}}' web").stdout).toBe(
      '["CAP_NET_BIND_SERVICE"]\n',
    );
    expect(e.run("docker inspect -f '{{json .HostConfig.CapDrop}}' plain").stdout).toBe('null\n');
  });

  it('an unknown capability is refused by the daemon', () => {
    const e = testEngine();
    const r = e.run('docker run --rm --cap-add FOO alpine true');
    expect(r.stderr).toContain(
      `docker: Error response from daemon: invalid CapAdd: unknown capability: "CAP_FOO"${RUN_HELP}`,
    );
    expect(r.exitCode).toBe(125);
  });
});

describe('--read-only and --tmpfs', () => {
  it("makes writes to the root file system fail with each shell's wording", () => {
    const e = testEngine();
    const ash = e.run(`docker run --rm --read-only alpine sh -c 'echo hi > /x'`);
    expect(ash.stderr).toContain("sh: can't create /x: Read-only file system\n");
    expect(ash.exitCode).toBe(1);
    expect(e.run(`docker run --rm --read-only debian sh -c 'echo hi > /x'`).stderr).toContain(
      'sh: 1: cannot create /x: Read-only file system\n',
    );
    expect(e.run(`docker run --rm --read-only debian bash -c 'echo hi > /x'`).stderr).toContain(
      'bash: /x: Read-only file system\n',
    );
    expect(e.run('docker run --rm --read-only alpine mkdir /data').stderr).toBe(
      'mkdir: cannot create directory ‘/data’: Read-only file system\n',
    );
  });

  it('leaves a --tmpfs mount and the network files writable; inspect shows HostConfig.Tmpfs', () => {
    const e = testEngine();
    expect(
      e.run(
        `docker run --rm --read-only --tmpfs /tmp alpine sh -c 'echo ok > /tmp/x && cat /tmp/x'`,
      ).stdout,
    ).toBe('ok\n');
    runAll(e, ['docker run -d --name ro --read-only --tmpfs /tmp:size=64m alpine sleep 1000']);
    expect(e.run(`docker exec ro sh -c 'echo 127.0.0.1 x >> /etc/hosts'`).exitCode).toBe(0);
    expect(e.run("docker inspect -f '{{.HostConfig.ReadonlyRootfs}}' ro").stdout).toBe('true\n');
    expect(e.run("docker inspect -f '{{json .HostConfig.Tmpfs}}' ro").stdout).toBe(
      '{"/tmp":"size=64m"}\n',
    );
    // --tmpfs mounts are not in .Mounts (only --mount type=tmpfs ones are).
    expect(e.run("docker inspect -f '{{json .Mounts}}' ro").stdout).toBe('[]\n');
  });

  it('a volume mounted :ro refuses writes too', () => {
    const e = testEngine();
    expect(
      e.run(`docker run --rm -v data:/data:ro alpine sh -c 'echo 1 > /data/f'`).stderr,
    ).toContain("sh: can't create /data/f: Read-only file system\n");
  });

  it('a missing directory keeps the shells own wording (busybox ash, dash)', () => {
    const e = testEngine();
    expect(e.run(`docker run --rm alpine sh -c 'echo hi > /nodir/x'`).stderr).toContain(
      "sh: can't create /nodir/x: nonexistent directory\n",
    );
    expect(e.run(`docker run --rm debian sh -c 'echo hi > /nodir/x'`).stderr).toContain(
      'sh: 1: cannot create /nodir/x: Directory nonexistent\n',
    );
  });
});

describe('--security-opt', () => {
  it('keeps no-new-privileges and reads a seccomp profile from the host as compact JSON', () => {
    const e = testEngine();
    runAll(e, [
      `printf '{ "defaultAction": "SCMP_ACT_ERRNO" }' > profile.json`,
      'docker run -d --name s1 --security-opt no-new-privileges --security-opt seccomp=profile.json alpine sleep 1000',
    ]);
    expect(e.run("docker inspect -f '{{json .HostConfig.SecurityOpt}}' s1").stdout).toBe(
      '["no-new-privileges","seccomp={\\"defaultAction\\":\\"SCMP_ACT_ERRNO\\"}"]\n',
    );
  });

  it('fails on the client as docker/cli parseSecurityOpts does', () => {
    const e = testEngine();
    expect(e.run('docker run --rm --security-opt foo alpine true').stderr).toBe(
      `docker: invalid --security-opt: "foo"${RUN_HELP}`,
    );
    const missing = e.run('docker run --rm --security-opt seccomp=nofile.json alpine true');
    expect(missing.stderr).toBe(
      `docker: opening seccomp profile (nofile.json) failed: open nofile.json: no such file or directory${RUN_HELP}`,
    );
    expect(missing.exitCode).toBe(125);
  });
});
