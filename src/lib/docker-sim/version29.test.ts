import {describe, expect, it} from 'vitest';
import {testEngine} from './test-helpers';

// Docker CLI and Engine 29.7.2 (docker/cli v29.7.2, moby docker-v29.7.2) with the containerd
// image store, Compose v5.5.0 and buildx v0.36.1, as docker29-differences.md points 5, 6 and 17 list.
describe('docker version, docker info and compose version imitate Docker 29.7.2', () => {
  it('docker version prints client and engine 29.7.2 with API 1.55 (minimum 1.40)', () => {
    const out = testEngine().run('docker version').stdout;
    expect(out).toBe(
      [
        'Client:',
        ' Version:           29.7.2',
        ' API version:       1.55',
        ' Go version:        go1.26.5',
        ' Git commit:        a7dcaa6',
        ' Built:             Wed Aug  5 17:34:15 2026',
        ' OS/Arch:           linux/amd64',
        ' Context:           default',
        '',
        'Server: Docker Engine - Community',
        ' Engine:',
        '  Version:          29.7.2',
        '  API version:      1.55 (minimum version 1.40)',
        '  Go version:       go1.26.5',
        '  Git commit:       6a43e3d',
        '  Built:            Wed Aug  5 18:24:27 2026',
        '  OS/Arch:          linux/amd64',
        '  Experimental:     false',
        ' containerd:',
        '  Version:          2.3.3',
        '  GitCommit:        aad11006b869517fcd3009450b6f82da282e1a9b',
        ' runc:',
        '  Version:          1.4.3',
        '  GitCommit:        v1.4.3-0-gbb14dab',
        ' docker-init:',
        '  Version:          0.19.0',
        '  GitCommit:        de40ad0',
        '',
      ].join('\n'),
    );
  });

  // The field order is checked in engine-version.test.ts; here the 29 values and Module details.
  it('GET /version writes the 29 API versions and the Module details', () => {
    const r = testEngine().run('curl --unix-socket /var/run/docker.sock http://localhost/version');
    const v = JSON.parse(r.stdout) as {
      Components: {Name: string; Details?: Record<string, string>}[];
    } & Record<string, unknown>;
    expect(v.ApiVersion).toBe('1.55');
    expect(v.MinAPIVersion).toBe('1.40');
    expect(v.Components[0]!.Details).toMatchObject({
      Module: 'github.com/moby/moby/v2',
      ModuleVersion: 'v2.0.0+unknown',
    });
  });

  it('docker info shows the containerd snapshotter, the firewall backend and the CLI plugins', () => {
    const out = testEngine().run('docker info').stdout;
    expect(out).toContain(
      'Client:\n Version:    29.7.2\n Context:    default\n Debug Mode: false\n Plugins:\n' +
        '  buildx: Docker Buildx (Docker Inc.)\n    Version:  v0.36.1\n' +
        '    Path:     /usr/libexec/docker/cli-plugins/docker-buildx\n' +
        '  compose: Docker Compose (Docker Inc.)\n    Version:  v5.5.0\n' +
        '    Path:     /usr/libexec/docker/cli-plugins/docker-compose\n\nServer:\n',
    );
    expect(out).toContain(
      ' Server Version: 29.7.2\n Storage Driver: overlayfs\n  driver-type: io.containerd.snapshotter.v1\n Logging Driver: json-file\n',
    );
    expect(out).not.toContain('Backing Filesystem');
    expect(out).toContain(
      ' containerd version: aad11006b869517fcd3009450b6f82da282e1a9b\n runc version: v1.4.3-0-gbb14dab\n',
    );
    expect(out).toContain(
      ' Live Restore Enabled: false\n Firewall Backend: iptables\n  EnableUserlandProxy: true\n\n',
    );
  });

  it('docker compose version names v5.5.0', () => {
    const e = testEngine();
    expect(e.run('docker compose version').stdout).toBe('Docker Compose version v5.5.0\n');
    expect(e.run('docker compose version --short').stdout).toBe('5.5.0\n');
  });
});
