import {describe, expect, it} from 'vitest';
import {runAll, testEngine} from './test-helpers';

// Docker 29.7.2 outputs that differ from 28.2 (docker29-differences.md points 2–4 and 9–16),
// each checked at its source: docker/cli v29.7.2 and moby docker-v29.7.2.
describe('Docker 29 pull, rmi, load and push', () => {
  it('prints no line for layers whose snapshot exists (no "Already exists")', () => {
    const e = testEngine();
    e.run('docker pull alpine');
    expect(e.run('docker pull alpine:3.24').stdout).toMatch(
      /^3\.24: Pulling from library\/alpine\nDigest: sha256:[0-9a-f]{64}\nStatus: Downloaded newer image for alpine:3\.24\ndocker\.io\/library\/alpine:3\.24\n$/,
    );
  });

  it('reports a missing repository without the registry cause, a missing tag as containerd does', () => {
    const e = testEngine();
    expect(e.run('docker pull nosuchrepo')).toMatchObject({
      stdout: 'Using default tag: latest\n',
      stderr:
        "Error response from daemon: pull access denied for nosuchrepo, repository does not exist or may require 'docker login'\n",
      exitCode: 1,
    });
    expect(e.run('docker pull nginx:nosuchtag123')).toMatchObject({
      stdout: '',
      stderr:
        'Error response from daemon: failed to resolve reference "docker.io/library/nginx:nosuchtag123": docker.io/library/nginx:nosuchtag123: not found\n',
      exitCode: 1,
    });
  });

  it('rmi prints the tag and the index digest only, and names the tag in a conflict', () => {
    const e = testEngine();
    e.run('docker pull alpine');
    const id = e.run("docker image inspect -f '{{.Id}}' alpine").stdout.trim();
    expect(e.run('docker rmi alpine').stdout).toBe(`Untagged: alpine:latest\nDeleted: ${id}\n`);
    runAll(e, ['docker pull nginx', 'docker create --name web nginx']);
    const r = e.run('docker rmi nginx');
    expect(r.stderr).toMatch(
      /^Error response from daemon: conflict: unable to delete nginx:latest \(must be forced\) - container [0-9a-f]{12} is using its referenced image [0-9a-f]{12}\n$/,
    );
  });

  it('load prints only the loaded image', () => {
    const e = testEngine();
    runAll(e, ['docker pull nginx', 'docker save -o nginx.tar nginx', 'docker rmi nginx']);
    expect(e.run('docker load -i nginx.tar').stdout).toBe('Loaded image: nginx:latest\n');
  });

  it('push of a tag that does not exist names the repository, then the missing tag', () => {
    const e = testEngine();
    expect(e.run('docker push gildong/nothere:1')).toMatchObject({
      stdout: 'The push refers to repository [docker.io/gildong/nothere]\n',
      stderr: 'tag does not exist: gildong/nothere:1\n',
      exitCode: 1,
    });
  });

  it('a successful push has no Preparing lines and reports the index digest', () => {
    const e = testEngine();
    runAll(e, [
      'docker pull alpine',
      'docker tag alpine gildong/base:1',
      'docker login -u gildong -p x',
    ]);
    const id = e.run("docker image inspect -f '{{.Id}}' alpine").stdout.trim();
    const out = e.run('docker push gildong/base:1').stdout;
    expect(out).not.toContain('Preparing');
    expect(out).toMatch(
      new RegExp(
        `^The push refers to repository \\[docker\\.io/gildong/base\\]\\n[0-9a-f]{12}: Pushed\\n1: digest: ${id} size: \\d+\\n$`,
      ),
    );
  });
});

describe('Docker 29 error wordings', () => {
  it('start, inspect, tag and rm -f', () => {
    const e = testEngine();
    expect(e.run('docker start x').stderr).toBe(
      'Error response from daemon: No such container: x\nfailed to start containers: x\n',
    );
    expect(e.run('docker inspect nope')).toMatchObject({
      stdout: '[]\n',
      stderr: 'error: no such object: nope\n',
      exitCode: 1,
    });
    e.run('docker pull alpine');
    expect(e.run('docker tag alpine Bad:Tag').stderr).toBe(
      'error parsing reference: "Bad:Tag" is not a valid repository/tag: invalid reference format: repository name (library/Bad) must be lowercase\n',
    );
    expect(e.run('docker rm -f missing')).toMatchObject({stdout: '', stderr: '', exitCode: 0});
  });
});

describe('Docker 29 docker cp summary (stderr)', () => {
  it('a file reports its content and the tar stream; a directory from a container one size', () => {
    const e = testEngine();
    runAll(e, ['docker run -d --name web nginx', "printf 'hello, docker\\n' > f.txt"]);
    expect(e.run('docker cp f.txt web:/tmp/f.txt')).toMatchObject({
      stdout: '',
      stderr: 'Successfully copied 14B (transferred 2.05kB) to web:/tmp/f.txt\n',
    });
    const back = e.run('docker cp web:/tmp/f.txt ./g.txt');
    expect(back.stderr).toBe('Successfully copied 14B (transferred 2.05kB) to ./g.txt\n');
    expect(e.run('docker cp web:/tmp ./t').stderr).toMatch(
      /^Successfully copied [\d.]+kB to \.\/t\n$/,
    );
  });
});

describe('Docker 29 inspect (API 1.55)', () => {
  it('a container has Storage and the overlayfs driver, and NetworkSettings without IPAddress', () => {
    const e = testEngine();
    e.run('docker run -d --name web nginx');
    const j = JSON.parse(e.run('docker inspect web').stdout) as [Record<string, unknown>];
    expect(j[0].Driver).toBe('overlayfs');
    expect(j[0].Storage).toEqual({RootFS: {Snapshot: {Name: 'overlayfs'}}});
    expect(j[0]).not.toHaveProperty('GraphDriver');
    expect(Object.keys(j[0].NetworkSettings as object)).toEqual([
      'SandboxID',
      'SandboxKey',
      'Ports',
      'Networks',
    ]);
    const r = e.run("docker inspect -f '{{.NetworkSettings.IPAddress}}' web");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('map has no entry for key "IPAddress"');
    expect(
      e.run("docker inspect -f '{{.NetworkSettings.Networks.bridge.IPAddress}}' web").stdout,
    ).toBe('172.17.0.2\n');
  });

  it('an image has no GraphDriver with the containerd store', () => {
    const e = testEngine();
    e.run('docker pull alpine');
    const j = JSON.parse(e.run('docker image inspect alpine').stdout) as [Record<string, unknown>];
    expect(j[0]).not.toHaveProperty('GraphDriver');
  });

  it('network inspect has Status with the IPAM subnets in use', () => {
    const e = testEngine();
    runAll(e, ['docker network create app', 'docker run -d --name web --network app nginx']);
    const j = JSON.parse(e.run('docker network inspect app').stdout) as [Record<string, unknown>];
    const keys = Object.keys(j[0]);
    expect(keys.slice(keys.indexOf('Containers'))).toEqual(['Containers', 'Status']);
    expect(j[0].Status).toEqual({
      IPAM: {Subnets: {'172.18.0.0/16': {IPsInUse: 4, DynamicIPsAvailable: 65532}}},
    });
  });
});
