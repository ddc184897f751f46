import {describe, expect, it} from 'vitest';
import {runAll, testEngine} from './test-helpers';

describe('--mount type=tmpfs', () => {
  it('mounts memory at the target: inspect shows it, files vanish when the container stops', () => {
    const e = testEngine();
    runAll(e, [
      'docker run -d --name tm --mount type=tmpfs,destination=/run/cache,tmpfs-size=67108864 nginx',
    ]);
    const c = e.state.containers.find((x) => x.name === 'tm')!;
    expect(c.mounts[0]?.tmpfs?.size).toBe(67108864);
    expect(JSON.parse(e.run("docker inspect --format '{{json .Mounts}}' tm").stdout)).toEqual([
      {Type: 'tmpfs', Source: '', Destination: '/run/cache', Mode: '', RW: true, Propagation: ''},
    ]);
    // Not a volume: docker volume ls stays empty.
    expect(e.run('docker volume ls -q').stdout).toBe('');
    expect(e.run('docker exec tm sh -c "echo x > /run/cache/a && cat /run/cache/a"').stdout).toBe(
      'x\n',
    );
    runAll(e, ['docker restart tm']);
    expect(e.run('docker exec tm cat /run/cache/a').exitCode).not.toBe(0);
  });

  it('rejects a tmpfs-size go-units cannot read, with docker/cli opts/mount.go wording', () => {
    const e = testEngine();
    const r = e.run('docker run --rm --mount type=tmpfs,target=/x,tmpfs-size=12q alpine true');
    expect(r.stderr).toBe(
      'docker: invalid argument "type=tmpfs,target=/x,tmpfs-size=12q" for "--mount" flag: invalid value for tmpfs-size: 12q\n\nRun \'docker run --help\' for more information\n',
    );
    expect(r.exitCode).toBe(125);
  });
});
