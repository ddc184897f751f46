import {describe, expect, it} from 'vitest';
import {testEngine} from './test-helpers';

// docker/cli v29.7.2 cli/command/image/list.go (shouldUseTree, isDangling) and tree.go
// (printImageTree without a terminal: no legend, plain chip "U", columns 12/10/12/5 with
// 3-space gaps); moby docker-v29.7.2 daemon/containerd/image_list.go (Size = content + unpacked).
describe('docker images in Docker 29 (containerd image store)', () => {
  it('prints the tree view: one row per tag, sorted by name, DISK USAGE and CONTENT SIZE', () => {
    const e = testEngine();
    e.run('docker pull nginx');
    e.run('docker pull alpine');
    e.run('docker tag alpine mybase:1.0');
    const out = e.run('docker images').stdout;
    const lines = out.split('\n');
    expect(lines[0]).toBe('IMAGE           ID             DISK USAGE   CONTENT SIZE   EXTRA');
    expect(lines[1]).toMatch(/^alpine:latest {3}[0-9a-f]{12} {7}13\.5MB {9}3\.85MB {8}$/);
    expect(lines[2]).toMatch(/^mybase:1\.0 {6}[0-9a-f]{12} {7}13\.5MB {9}3\.85MB {8}$/);
    expect(lines[3]).toMatch(/^nginx:latest {4}[0-9a-f]{12} {8}269MB {9}76\.8MB {8}$/);
    expect(lines.slice(4)).toEqual(['']);
    // Two tags of one image share the ID.
    expect(lines[1]!.slice(16, 28)).toBe(lines[2]!.slice(16, 28));
  });

  it('marks an image that a container uses with U in EXTRA', () => {
    const e = testEngine();
    e.run('docker run --name hi hello-world');
    expect(e.run('docker image ls').stdout).toMatch(
      /^IMAGE {16}ID {13}DISK USAGE {3}CONTENT SIZE {3}EXTRA\nhello-world:latest {3}[0-9a-f]{12} {7}14\.1kB {9}4\.03kB {3}U {4}\n$/,
    );
  });

  it('hints at docker image ls when the name is an image subcommand and nothing matches', () => {
    const e = testEngine();
    e.run('docker pull alpine');
    expect(e.run('docker images ls')).toMatchObject({
      stdout: 'IMAGE   ID             DISK USAGE   CONTENT SIZE   EXTRA\n',
      stderr: 'No images found matching "ls": did you mean "docker image ls"?\n',
      exitCode: 0,
    });
    expect(e.run('docker images nginx').stderr).toBe('');
  });

  it('prints only the header for an empty store', () => {
    expect(testEngine().run('docker images').stdout).toBe(
      'IMAGE   ID             DISK USAGE   CONTENT SIZE   EXTRA\n',
    );
  });

  it('keeps the flat table for --format, -q and --digests; the ID is the index digest', () => {
    const e = testEngine();
    e.run('docker pull alpine');
    const flat = e.run('docker images --digests').stdout.split('\n');
    expect(flat[0]).toBe(
      'REPOSITORY   TAG       DIGEST                                                                    IMAGE ID       CREATED        SIZE',
    );
    const [, , digest, id] = flat[1]!.split(/\s{2,}/);
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(digest!.slice(7, 19)).toBe(id);
    expect(e.run('docker images -q').stdout).toBe(`${id}\n`);
    expect(e.run("docker images --format '{{.Repository}} {{.Size}}'").stdout).toBe(
      'alpine 13.5MB\n',
    );
    expect(e.run("docker image inspect -f '{{.Id}}' alpine").stdout).toBe(`${digest}\n`);
  });

  it('hides untagged images unless -a is given, where the tree names them <untagged>', () => {
    const e = testEngine();
    e.run('docker pull alpine');
    e.run('docker tag alpine keep:1');
    e.run('docker rmi alpine keep:1');
    e.run('mkdir app && cd app');
    e.run("printf 'FROM alpine\\nRUN echo hi > /x\\n' > Dockerfile");
    e.run('docker build -t one .');
    e.run('docker build -t one .');
    const all = e.run('docker images -a').stdout;
    expect(e.run('docker images').stdout).not.toContain('<untagged>');
    expect(all).toMatch(/\n<untagged> +[0-9a-f]{12} /);
  });
});

// moby docker-v29.7.2 daemon/images disk usage through the containerd image service: the
// Images SIZE is every image's content plus its snapshots.
describe('docker system df with the containerd image store', () => {
  it('counts DISK USAGE and the index blob; one unused image is 99 % reclaimable', () => {
    const e = testEngine();
    expect(e.run('docker system df').stdout).toBe(
      'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\n' +
        'Images          0         0         0B        0B\n' +
        'Containers      0         0         0B        0B\n' +
        'Local Volumes   0         0         0B        0B\n' +
        'Build Cache     0         0         0B        0B\n',
    );
    e.run('docker pull alpine');
    expect(e.run('docker system df').stdout).toContain(
      'Images          1         0         13.48MB   13.47MB (99%)\n',
    );
  });
});
