import {describe, expect, it} from 'vitest';
import {runAll, testEngine} from './test-helpers';

describe('docker pull NAME@DIGEST', () => {
  it('pulls the manifest the digest names, shows the digest, and adds no tag', () => {
    const e = testEngine();
    runAll(e, ['docker pull nginx']);
    const ref = e
      .run("docker image inspect --format '{{index .RepoDigests 0}}' nginx")
      .stdout.trim();
    const digest = ref.split('@')[1]!;
    runAll(e, ['docker rmi nginx']);
    expect(e.state.images).toHaveLength(0);
    const r = e.run(`docker pull ${ref}`);
    expect(r.stdout.split('\n')[0]).toBe(`${digest}: Pulling from library/nginx`);
    expect(r.stdout).toContain(`Status: Downloaded newer image for ${ref}\n`);
    expect(r.stdout.endsWith(`docker.io/library/${ref}\n`)).toBe(true);
    expect(e.state.images[0]!.repoTags).toEqual([]);
    // docker/cli v29.7.2 list.go: without -a an image with no tag is left out (isDangling);
    // with -a the flat table lists it under its repository (formatter/image.go).
    expect(e.run('docker image ls --format "{{.Repository}} {{.Tag}}"').stdout).toBe('');
    expect(e.run('docker image ls -a --format "{{.Repository}} {{.Tag}}"').stdout).toBe(
      'nginx <none>\n',
    );
    expect(e.run(`docker pull ${ref}`).stdout).toContain(
      `Status: Image is up to date for ${ref}\n`,
    );
  });

  it('a digest the catalogue does not know stands for the repository image (README)', () => {
    const e = testEngine();
    const ref = `nginx@sha256:${'0'.repeat(64)}`;
    const r = e.run(`docker pull ${ref}`);
    expect(r.stdout).toContain(`Digest: sha256:${'0'.repeat(64)}\n`);
    expect(r.exitCode).toBe(0);
    expect(e.state.images[0]!.repoDigests).toContain(ref);
  });
});
