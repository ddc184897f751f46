/** docker update, diff, commit, the cgroup limit files and docker context, checked on engine state. */
import {describe, expect, it} from 'vitest';
import {sha256Hex} from '../sha256';
import {runAll, testEngine} from '../test-helpers';

const web = (e: ReturnType<typeof testEngine>) => e.state.containers.find((c) => c.name === 'web')!;

describe('cgroup files and docker update', () => {
  it('shows --cpus, --memory and --pids-limit in the cgroup files, and update changes them', () => {
    const e = testEngine();
    e.run('docker run -d --name web --cpus=1.5 --memory=512m --pids-limit=100 nginx');
    expect(
      e.run(
        'docker exec web cat /sys/fs/cgroup/cpu.max /sys/fs/cgroup/memory.max /sys/fs/cgroup/pids.max',
      ).stdout,
    ).toBe('150000 100000\n536870912\n100\n');
    expect(e.run('docker update --cpus=0.5 --restart on-failure:3 web').stdout).toBe('web\n');
    expect(web(e).nanoCpus).toBe(5e8);
    expect(web(e).restartPolicy).toEqual({name: 'on-failure', maximumRetryCount: 3});
    expect(e.run('docker exec web cat /sys/fs/cgroup/cpu.max').stdout).toBe('50000 100000\n');
    expect(e.run("docker inspect -f '{{.HostConfig.NanoCpus}}' web").stdout).toBe('500000000\n');
  });

  it('reads "max" without limits and refuses an update without flags', () => {
    const e = testEngine();
    e.run('docker run -d --name web nginx');
    expect(e.run('docker exec web cat /sys/fs/cgroup/memory.max').stdout).toBe('max\n');
    expect(e.run('docker update web')).toMatchObject({
      stderr: 'you must provide one or more flags when using this command\n',
      exitCode: 1,
    });
    expect(e.run('docker update --memory 1g nope').stderr).toBe(
      'Error response from daemon: No such container: nope\n',
    );
  });

  it('keeps a busy-loop container running', () => {
    const e = testEngine();
    e.run(`docker run -d --name busy --cpus=0.5 alpine sh -c 'while :; do :; done'`);
    expect(e.state.containers[0]!.state).toBe('running');
    expect(e.run('docker exec busy cat /sys/fs/cgroup/cpu.stat').stdout).toMatch(/^usage_usec 0\n/);
  });
});

describe('docker diff and docker commit', () => {
  it('lists the writable layer changes, and commit makes an image that has them', () => {
    const e = testEngine();
    runAll(e, ['docker run -d --name web nginx', 'docker exec web sh -c "echo x > /tmp/new"']);
    expect(e.run('docker diff web').stdout).toBe('C /tmp\nA /tmp/new\n');
    const r = e.run('docker commit -m "a note" web mine:v1');
    expect(r.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    const img = e.state.images.find((i) => i.repoTags.includes('mine:v1'))!;
    expect(img.files.files['/tmp/new']).toBe('x\n');
    expect(img.history.at(-1)!.comment).toBe('a note');
    expect(e.run('docker run --rm mine:v1 cat /tmp/new').stdout).toBe('x\n');
  });

  it('leaves the daemon-managed files out of the diff', () => {
    const e = testEngine();
    e.run('docker run -d --name web nginx');
    expect(e.run('docker diff web').stdout).toBe('');
  });
});

describe('docker context', () => {
  it('has only the default context, as the CLI prints it', () => {
    const e = testEngine();
    expect(e.run('docker context ls').stdout).toBe(
      'NAME        DESCRIPTION                               DOCKER ENDPOINT               ERROR\n' +
        'default *   Current DOCKER_HOST based configuration   unix:///var/run/docker.sock   \n',
    );
    expect(e.run('docker context show').stdout).toBe('default\n');
    expect(e.run('docker context use default')).toMatchObject({
      stdout: 'default\n',
      stderr: 'Current context is now "default"\n',
    });
    expect(e.run('docker context use rootless')).toMatchObject({
      stderr: `context "rootless": context not found: open /home/user/.docker/contexts/meta/${sha256Hex('rootless')}/meta.json: no such file or directory\n`,
      exitCode: 1,
    });
  });

  it('hashes names as sha256sum does', () => {
    expect(sha256Hex('rootless')).toBe(
      '12b961af5feb3e9d39f93b2cefb9a1a944f18d02cca0cac2f04f5a982240605f',
    );
  });
});

describe('docker rmi -f of an image a stopped container uses', () => {
  it('untags it and keeps it as dangling for the container (containerd store)', () => {
    const e = testEngine();
    e.run('docker create --name web nginx');
    expect(e.run('docker rmi -f nginx').stdout).toBe('Untagged: nginx:latest\n');
    const c = e.state.containers[0]!;
    const img = e.state.images.find((i) => i.id === c.imageId);
    expect(img?.repoTags).toEqual([]);
  });
});
