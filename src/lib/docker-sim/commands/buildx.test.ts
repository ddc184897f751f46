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

describe('docker history of a built image', () => {
  it('records CMD, ENTRYPOINT, EXPOSE and VOLUME as dockerfile2llb does (%q and %v of slices)', () => {
    const e = testEngine();
    runAll(e, [
      'mkdir -p ~/h',
      `printf 'FROM alpine\\nVOLUME /data /logs\\nEXPOSE 80 53/udp\\nENTRYPOINT ["sh", "-c"]\\nCMD ["echo hi"]\\n' > ~/h/Dockerfile`,
      'docker build -t hist:1 ~/h',
    ]);
    const out = e.run('docker history --no-trunc --format "{{.CreatedBy}}" hist:1').stdout;
    expect(out.split('\n').slice(0, 4)).toEqual([
      'CMD ["echo hi"]',
      'ENTRYPOINT ["sh" "-c"]',
      'EXPOSE [80/tcp 53/udp]',
      'VOLUME [/data /logs]',
    ]);
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

describe('docker buildx builders', () => {
  it('ls shows the default docker-driver builder with the engine’s BuildKit', () => {
    const r = testEngine().run('docker buildx ls');
    expect(r).toMatchObject({stderr: '', exitCode: 0});
    expect(r.stdout.split('\n').map((l) => l.trimEnd())).toEqual([
      'NAME/NODE     DRIVER/ENDPOINT   STATUS    BUILDKIT   PLATFORMS',
      'default*      docker',
      ' \\_ default    \\_ default       running   v0.32.2    linux/amd64 (+3), linux/386',
      '',
    ]);
  });

  it('create --use prints the name; the new node is inactive until a build boots it', () => {
    const e = testEngine();
    const created = e.run('docker buildx create --name multi --driver docker-container --use');
    expect(created).toMatchObject({stdout: 'multi\n', stderr: '', exitCode: 0});
    const lines = e.run('docker buildx ls').stdout.split('\n');
    expect(lines[1]!.trimEnd()).toBe('multi*        docker-container');
    expect(lines[2]!.trimEnd()).toBe(' \\_ multi0     \\_ unix:///var/run/docker.sock   inactive');
    expect(lines[3]!.trimEnd()).toBe('default       docker');
    runAll(e, ['cd examples/node-app', 'docker buildx build -t web:1 --load .']);
    expect(e.run('docker buildx ls').stdout).toContain(
      ' \\_ multi0     \\_ unix:///var/run/docker.sock   running   v0.32.2',
    );
  });

  it('a docker-container build without --load or --push warns and leaves no image', () => {
    const e = testEngine();
    runAll(e, [
      'docker buildx create --name multi --driver docker-container --use',
      'cd examples/node-app',
    ]);
    const r = e.run('docker buildx build -t web:1 .');
    expect(r.exitCode).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(
      'WARNING: No output specified with docker-container driver. Build result will only remain in the build cache. To push result image into registry use --push or to load image into docker use --load',
    );
    expect(r.stderr.split('\n')[1]).toMatch(
      /^\[\+\] Building .* FINISHED +docker-container:multi$/,
    );
    expect(e.state.images.some((i) => i.repoTags.includes('web:1'))).toBe(false);
    expect(e.run('docker buildx build -t web:1 --load .').stderr).not.toContain('WARNING');
    expect(e.state.images.some((i) => i.repoTags.includes('web:1'))).toBe(true);
  });

  it('use switches back to default, rm removes a builder but never the default one', () => {
    const e = testEngine();
    runAll(e, ['docker buildx create --name multi --driver docker-container --use']);
    expect(e.run('docker buildx use default')).toMatchObject({stdout: '', exitCode: 0});
    expect(e.run('docker buildx ls').stdout).toContain('\ndefault*  ');
    expect(e.run('docker buildx rm multi')).toMatchObject({stderr: 'multi removed\n', exitCode: 0});
    expect(e.run('docker buildx ls').stdout).not.toContain('multi');
    const def = e.run('docker buildx rm default');
    expect(def.exitCode).toBe(1);
    expect(def.stderr).toBe(
      'failed to remove default: context builder cannot be removed, run `docker context rm default` to remove this context\nERROR: failed to remove one or more builders\n',
    );
  });
});

describe('running an image of another CPU', () => {
  it('a single-platform arm64 image warns (no --platform) and fails with exec format error', () => {
    const e = testEngine();
    runAll(e, [
      'cd examples/advanced',
      'docker buildx build --platform linux/arm64 -t adv:arm64 .',
    ]);
    const r = e.run('docker run --rm adv:arm64');
    expect(r).toMatchObject({
      stdout: '',
      stderr:
        "WARNING: The requested image's platform (linux/arm64) does not match the detected host platform (linux/amd64/v3) and no specific platform was requested\nexec /server: exec format error\n",
      exitCode: 255,
    });
  });

  it('--platform and DOCKER_DEFAULT_PLATFORM pick the variant without a warning', () => {
    const e = testEngine();
    runAll(e, ['docker pull -q alpine']);
    expect(e.run('docker run --rm --platform linux/arm64 alpine uname -m')).toMatchObject({
      stdout: '',
      stderr: 'exec /bin/uname: exec format error\n',
      exitCode: 255,
    });
    runAll(e, ['export DOCKER_DEFAULT_PLATFORM=linux/arm64']);
    expect(e.run('docker run --rm alpine uname -m').exitCode).toBe(255);
    runAll(e, ['unset DOCKER_DEFAULT_PLATFORM']);
    expect(e.run('docker run --rm alpine uname -m')).toMatchObject({
      stdout: 'x86_64\n',
      exitCode: 0,
    });
    expect(e.run('docker run --rm --platform linux/amd64 alpine uname -m').stdout).toBe('x86_64\n');
  });

  it('a multi-platform image with the host’s platform runs as usual', () => {
    const e = testEngine();
    runAll(e, [
      'cd examples/advanced',
      'docker buildx build --platform linux/amd64,linux/arm64 -t adv:multi .',
    ]);
    const r = e.run('docker run -d --name adv adv:multi');
    expect(r.exitCode).toBe(0);
    expect(e.run('docker inspect -f "{{.State.Status}}" adv').stdout).toBe('running\n');
  });
});

describe('docker image inspect of a single-platform build for another CPU', () => {
  it('reports the built platform', () => {
    const e = testEngine();
    runAll(e, [
      'cd examples/advanced',
      'docker buildx build --platform linux/arm64 -t adv:arm64 .',
    ]);
    expect(e.run("docker image inspect -f '{{.Os}}/{{.Architecture}}' adv:arm64").stdout).toBe(
      'linux/arm64\n',
    );
  });
});
