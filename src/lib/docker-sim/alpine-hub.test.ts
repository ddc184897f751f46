import {describe, expect, it} from 'vitest';
import {CATALOG} from './catalog';
import {HUB_INDEXES} from './hub-indexes';
import {testEngine} from './test-helpers';

// One source of truth: the catalogue's alpine:latest is the image its Hub index describes
// (docker-library/repo-info@1746b58 repos/alpine/remote/latest.md: alpine-minirootfs-3.24.2).
describe('alpine:latest and its Docker Hub index agree', () => {
  const hub = HUB_INDEXES['docker.io/library/alpine:latest']!;

  it('pulls the index digest imagetools shows, as a 3.24.2 image', () => {
    const e = testEngine();
    expect(e.run('docker pull alpine').stdout).toContain(`Digest: ${hub.digest}\n`);
    expect(e.run('docker buildx imagetools inspect alpine:latest').stdout).toContain(
      `Digest:    ${hub.digest}\n`,
    );
    expect(e.run('docker run --rm alpine cat /etc/alpine-release').stdout).toBe('3.24.2\n');
    expect(e.run("docker image inspect -f '{{.Id}}' alpine").stdout).toBe(`${hub.digest}\n`);
  });

  it('cites the same repo-info page, and keeps alpine:3.22 as the older release', () => {
    const latest = CATALOG.find((c) => c.repo === 'alpine' && c.tags.includes('latest'))!;
    expect(latest.source).toBe(hub.source);
    expect(latest.tags).toContain('3.24.2');
    const e = testEngine();
    expect(e.run('docker run --rm alpine:3.22 cat /etc/alpine-release').stdout).toBe('3.22.0\n');
  });
});
