import {describe, expect, it} from 'vitest';
import {runAll, testEngine} from '../test-helpers';

describe('docker build -q', () => {
  it('prints only the new image id', () => {
    const e = testEngine();
    runAll(e, ['cd examples/static-site']);
    const r = e.run('docker build -q -t site:q .');
    const id = e.state.images.find((i) => i.repoTags.includes('site:q'))?.id;
    expect(r).toMatchObject({stdout: `${id}\n`, stderr: '', exitCode: 0});
  });
});

describe('docker buildx', () => {
  it('builds each step per platform and pushes an index only after a login', () => {
    const e = testEngine();
    runAll(e, ['cd examples/node-app']);
    const build = 'docker buildx build --platform linux/amd64,linux/arm64 -t me/web:2 --push .';
    const denied = e.run(build);
    expect(denied.exitCode).toBe(1);
    expect(denied.stderr).toContain('failed to push docker.io/me/web:2: push access denied');
    runAll(e, ['echo secret | docker login -u me --password-stdin']);
    const ok = e.run(build);
    expect(ok.exitCode).toBe(0);
    expect(ok.stderr).toContain(' => [linux/amd64 4/5] RUN npm ci --omit=dev');
    expect(ok.stderr).toContain(' => [linux/arm64 4/5] RUN npm ci --omit=dev');
    expect(ok.stderr).toContain(' => => pushing manifest for docker.io/me/web:2@sha256:');
  });

  it('imagetools inspect prints the index with one manifest and one attestation per platform', () => {
    const e = testEngine();
    runAll(e, [
      'cd examples/node-app',
      'echo secret | docker login -u me --password-stdin',
      'docker buildx build --platform linux/amd64,linux/arm64 -t me/web:2 --push .',
    ]);
    const r = e.run('docker buildx imagetools inspect me/web:2');
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Name:      docker.io/me/web:2',
      'MediaType: application/vnd.oci.image.index.v1+json',
    ]);
    expect(lines[4]).toBe('Manifests: ');
    expect(lines.filter((l) => l.startsWith('  Platform:    '))).toEqual([
      '  Platform:    linux/amd64',
      '  Platform:    linux/arm64',
      '  Platform:    unknown/unknown',
      '  Platform:    unknown/unknown',
    ]);
    expect(r.stdout).toContain('    vnd.docker.reference.type:   attestation-manifest\n');
    expect(e.run('docker buildx imagetools inspect me/none:1').stderr).toBe(
      'ERROR: docker.io/me/none:1: not found\n',
    );
  });
});
